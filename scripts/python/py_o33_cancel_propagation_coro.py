import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def leaf(name, d):
    try:
        log(name, "sleep")
        await asyncio.sleep(d)
        log(name, "woke")
        return name
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
    finally:
        log(name, "finally")
async def mid(name):
    try:
        return await asyncio.gather(leaf(name + ".a", 1), leaf(name + ".b", 0.01), leaf(name + ".c", 1))
    except asyncio.CancelledError:
        log(name, "mid cancelled")
        raise
async def top():
    inner = asyncio.create_task(mid("m"))
    try:
        return await inner
    except asyncio.CancelledError:
        log("top", "cancelled, inner cancelled?", inner.cancelled())
        raise
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    t = asyncio.create_task(top())
    other = asyncio.create_task(leaf("other", 0.02))
    await asyncio.sleep(0.016)
    log("main", "cancel top", t.cancel("why"))
    log("main", "cancelling", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        log("main", "top ended cancelled", repr(str(e)))
    log("main", "other", await other)
asyncio.run(main())
