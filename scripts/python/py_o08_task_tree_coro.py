import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def leaf(name, d):
    log(name, "start")
    await asyncio.sleep(d)
    log(name, "end")
    return name
async def node(name, depth):
    log(name, "start")
    if depth == 0:
        return await leaf(name + ".L", 0.01)
    kids = [asyncio.create_task(node(f"{name}.{i}", depth - 1)) for i in range(2)]
    log(name, "spawned")
    await asyncio.sleep(0)
    log(name, "yielded")
    res = []
    for k in reversed(kids):
        res.append(await k)
        log(name, "joined", res[-1])
    return "+".join(res)
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    print(await asyncio.create_task(node("r", 2)))
    log("main", "end")
asyncio.run(main())
