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
async def slp(name, d):
    await asyncio.sleep(d)
    log(name, "finish")
    return name
def cb(label):
    return lambda f: log("cb", label)
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    ts = [asyncio.create_task(w(f"w{i}", 2)) for i in range(4)]
    for i, t in enumerate(ts):
        t.add_done_callback(cb(f"t{i}"))
    g = asyncio.gather(*ts)
    g.add_done_callback(cb("gather"))
    h = asyncio.gather(slp("s1", 0.01), slp("s2", 0.01), w("x", 1))
    h.add_done_callback(cb("gather2"))
    log("main", "awaiting")
    r = await g
    log("main", "g", ",".join(r))
    r = await h
    log("main", "h", ",".join(r))
asyncio.run(main())
