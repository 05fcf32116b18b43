import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def w(name, n):
    for i in range(n):
        log(name, i)
        await asyncio.sleep(0)
    return name
async def grp(name, specs):
    log(name, "start")
    r = await asyncio.gather(*[w(f"{name}{c}", n) for c, n in specs])
    log(name, "done", ",".join(r))
    return "|".join(r)
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    r = await asyncio.gather(grp("A", [("x", 2), ("y", 0)]), w("solo", 3), grp("B", [("x", 1), ("y", 1), ("z", 2)]))
    log("main", ";".join(r))
asyncio.run(main())
