import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def waiter(name, cond):
    async with cond:
        log(name, "waiting")
        await cond.wait()
        log(name, "woke")
        await asyncio.sleep(0)
        log(name, "leaving lock")
    log(name, "out")
async def notifier(cond):
    await asyncio.sleep(0.01)
    async with cond:
        log("notifier", "notify 2")
        cond.notify(2)
        await asyncio.sleep(0)
        log("notifier", "still holding")
    await asyncio.sleep(0.01)
    async with cond:
        log("notifier", "notify_all")
        cond.notify_all()
    log("notifier", "released")
    await asyncio.sleep(0)
    log("notifier", "end")
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(5)]
    ts.append(asyncio.create_task(notifier(cond)))
    await asyncio.gather(*ts)
    log("main", "end")
asyncio.run(main())
