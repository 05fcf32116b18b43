import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def job(name, sem, d):
    log(name, "want")
    async with sem:
        log(name, "got", sem.locked())
        await asyncio.sleep(d)
        log(name, "release")
    log(name, "out")
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    sem = asyncio.Semaphore(2)
    delays = [0.02, 0.01, 0, 0.01, 0.02, 0, 0.01]
    ts = [asyncio.create_task(job(f"j{i}", sem, d)) for i, d in enumerate(delays)]
    await asyncio.sleep(0)
    log("main", "locked", sem.locked())
    await asyncio.gather(*ts)
    log("main", "end", sem.locked())
asyncio.run(main())
