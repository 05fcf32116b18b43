import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
import types
@types.coroutine
def gen_worker(name, n):
    for i in range(n):
        log(name, "gen step", i)
        yield from asyncio.sleep(0)
    return name
async def native(name, n):
    for i in range(n):
        log(name, "native step", i)
        await asyncio.sleep(0)
    r = await gen_worker(name + "/sub", 1)
    log(name, "sub returned", r)
    return name
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    ts = [asyncio.create_task(gen_worker("g1", 3)), asyncio.create_task(native("n1", 2)),
          asyncio.ensure_future(gen_worker("g2", 1)), asyncio.create_task(native("n2", 0))]
    log("main", await asyncio.gather(*ts))
asyncio.run(main())
