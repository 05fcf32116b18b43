import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def w(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    log(name, "finish")
    return name
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    t = asyncio.create_task(w("t", 2))
    u = asyncio.create_task(w("u", 1))
    g = asyncio.gather(t, u, t, u, t)
    g.add_done_callback(lambda f: log("cb", "gather outer"))
    t.add_done_callback(lambda f: log("cb", "t"))
    log("main", await g)
    v = asyncio.create_task(w("v", 1))
    done, pending = await asyncio.wait([v, v, t])
    log("main", "wait", len(done), len(pending))
    x = asyncio.create_task(w("x", 1))
    for f in asyncio.as_completed([x, x, v]):
        log("main", "ac", await f)
asyncio.run(main())
