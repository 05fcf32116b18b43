import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def target(n):
    for i in range(n):
        await asyncio.sleep(0)
    log("target", "return")
    return "T"
async def awaiter(name, t):
    r = await t
    log(name, "resumed", r)
    asyncio.get_running_loop().call_soon(log, "soon from", name)
def make_cb(label):
    def cb(f):
        log("cb", label, f.result())
        asyncio.get_running_loop().call_soon(log, "soon from cb", label)
        if label == "early":
            asyncio.get_running_loop().create_task(awaiter("spawned-by-cb", f))
    return cb
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    t = asyncio.create_task(target(2))
    t.add_done_callback(make_cb("early"))
    a1 = asyncio.create_task(awaiter("a1", t))
    await asyncio.sleep(0)
    t.add_done_callback(make_cb("mid"))
    a2 = asyncio.create_task(awaiter("a2", t))
    log("main", "awaiting")
    r = await t
    log("main", "resumed", r)
    t.add_done_callback(make_cb("late"))
    await asyncio.gather(a1, a2)
    await asyncio.sleep(0)
    log("main", "end")
asyncio.run(main())
