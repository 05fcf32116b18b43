import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def victim(name, how):
    try:
        log(name, "start")
        if how == "sleep":
            await asyncio.sleep(1)
        elif how == "sleep0":
            while True:
                await asyncio.sleep(0)
        elif how == "event":
            await asyncio.Event().wait()
        elif how == "fut":
            await asyncio.get_running_loop().create_future()
        elif how == "task":
            await asyncio.create_task(asyncio.sleep(1))
    except asyncio.CancelledError:
        log(name, "cancelled")
        await asyncio.sleep(0)
        log(name, "cleanup done")
        raise
    finally:
        log(name, "finally")
async def main():
    global t0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ts = [asyncio.create_task(victim(f"v{i}-{h}", h)) for i, h in enumerate(["sleep", "sleep0", "event", "fut", "task", "sleep"])]
    late = asyncio.create_task(victim("late", "sleep"))
    for _ in range(3):
        await asyncio.sleep(0)
    loop.call_soon(log, "soon", "before cancels")
    for t in reversed(ts):
        t.cancel()
    late.cancel()
    loop.call_soon(log, "soon", "after cancels")
    log("main", "cancelled all")
    res = await asyncio.gather(*ts, late, return_exceptions=True)
    log("main", [type(r).__name__ for r in res])
asyncio.run(main())
