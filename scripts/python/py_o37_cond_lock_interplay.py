import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def cw(name, cond):
    async with cond:
        log(name, "cond wait")
        await cond.wait()
        log(name, "cond reacquired")
        await asyncio.sleep(0)
    log(name, "released")
async def lw(name, lock, pre):
    for _ in range(pre):
        await asyncio.sleep(0)
    log(name, "lock acquire")
    async with lock:
        log(name, "lock held")
        await asyncio.sleep(0)
    log(name, "lock released")
async def notifier(cond):
    await asyncio.sleep(0.01)
    await cond.acquire()
    log("notifier", "notify_all")
    cond.notify_all()
    for i in range(3):
        await asyncio.sleep(0)
        log("notifier", "holding", i)
    cond.release()
    log("notifier", "released")
    await cond.acquire()
    log("notifier", "reacquired")
    cond.release()
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    ts = [asyncio.create_task(cw("c1", cond)), asyncio.create_task(cw("c2", cond)), asyncio.create_task(notifier(cond))]
    await asyncio.sleep(0.01)
    ts += [asyncio.create_task(lw("L1", lock, 1)), asyncio.create_task(lw("L2", lock, 3)), asyncio.create_task(cw("c3", cond))]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    log("main", "end", lock.locked())
asyncio.run(main())
