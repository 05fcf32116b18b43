import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def leaf(tag):
    log(asyncio.current_task().get_name(), "leaf", tag)
    await asyncio.sleep(0)
    return tag
async def spawner(tag, n):
    me = asyncio.current_task().get_name()
    log(me, "spawner", tag)
    ts = [asyncio.create_task(leaf(f"{tag}{i}")) for i in range(n)]
    log(me, "made", [t.get_name() for t in ts])
    return await asyncio.gather(*ts)
def from_cb(tag):
    t = asyncio.get_running_loop().create_task(leaf(tag))
    log("cb", "made", t.get_name())
async def main():
    global t0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_soon(from_cb, "cbA")
    a = asyncio.create_task(spawner("x", 2))
    loop.call_soon(from_cb, "cbB")
    b = asyncio.create_task(spawner("y", 1), name="named")
    g = asyncio.gather(leaf("g1"), spawner("z", 1))
    log("main", "made", a.get_name(), b.get_name())
    r = await asyncio.gather(a, b, g)
    log("main", r)
    await asyncio.sleep(0)
    log("main", "task count", len(asyncio.all_tasks()))
asyncio.run(main())
