import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def w(name, d, n=0):
    log(name, "start")
    await asyncio.sleep(d)
    for i in range(n):
        await asyncio.sleep(0)
    log(name, "finish")
    return name
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    ts = [asyncio.create_task(w("a", 0.02)), asyncio.create_task(w("b", 0.01)), asyncio.create_task(w("c", 0.02)),
          asyncio.create_task(w("d", 0.01, 1)), asyncio.create_task(w("e", 0.01)), asyncio.create_task(w("f", 0, 2))]
    for f in asyncio.as_completed(ts):
        r = await f
        log("main", "next", r)
    for f in asyncio.as_completed([asyncio.create_task(w("x", 0.01)), asyncio.create_task(w("y", 0.01)), asyncio.create_task(w("z", 0))]):
        log("main", "next2", await f)
asyncio.run(main())
