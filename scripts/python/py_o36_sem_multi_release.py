import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def waiter(name, sem):
    log(name, "acquire")
    await sem.acquire()
    log(name, "acquired")
    await asyncio.sleep(0)
    log(name, "holding")
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(waiter(f"w{i}", sem)) for i in range(6)]
    await asyncio.sleep(0)
    log("main", "release x2")
    sem.release(); sem.release()
    await asyncio.sleep(0)
    log("main", "release x1, then acquire myself")
    sem.release()
    log("main", "locked?", sem.locked())
    await asyncio.sleep(0)
    log("main", "release x3")
    for _ in range(3):
        sem.release()
    await asyncio.gather(*ts)
    log("main", "end", sem.locked())
asyncio.run(main())
