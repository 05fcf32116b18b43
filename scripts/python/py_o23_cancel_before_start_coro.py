import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def w(name):
    try:
        log(name, "start")
        await asyncio.sleep(0)
        log(name, "end")
    except asyncio.CancelledError:
        log(name, "cancelled inside")
        raise
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    a = asyncio.create_task(w("a"))
    b = asyncio.create_task(w("b"))
    c = asyncio.create_task(w("c"))
    b.cancel()
    log("main", "b cancelled before start", b.cancelled())
    await asyncio.sleep(0)
    log("main", "after 1 hop", a.done(), b.done(), b.cancelled(), c.done())
    c.cancel()
    await asyncio.sleep(0)
    log("main", "after 2 hops", a.done(), c.done(), c.cancelled())
    r = await asyncio.gather(a, b, c, return_exceptions=True)
    log("main", [type(x).__name__ for x in r])
asyncio.run(main())
