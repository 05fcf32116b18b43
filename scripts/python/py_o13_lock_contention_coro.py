import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def w(name, lock, n):
    for i in range(n):
        log(name, "acquire", i)
        async with lock:
            log(name, "in", i)
            await asyncio.sleep(0)
            log(name, "out", i)
        await asyncio.sleep(0)
    log(name, "end")
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    lock = asyncio.Lock()
    ts = [asyncio.create_task(w(n, lock, k)) for n, k in [("a", 2), ("b", 3), ("c", 1), ("d", 2)]]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("main", "locked", lock.locked())
    await asyncio.gather(*ts)
    log("main", "end", lock.locked())
asyncio.run(main())
