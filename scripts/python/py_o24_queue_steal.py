import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def getter(name, q):
    log(name, "get")
    it = await q.get()
    log(name, "got", it)
    return it
async def thief(q):
    await asyncio.sleep(0)
    log("thief", "put 1")
    q.put_nowait(1)
    log("thief", "steal", q.get_nowait())
    q.put_nowait(2)
    q.put_nowait(3)
    log("thief", "put 2,3")
    await asyncio.sleep(0)
    log("thief", "put 4")
    q.put_nowait(4)
    q.put_nowait(5)
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(f"g{i}", q)) for i in range(4)]
    th = asyncio.create_task(thief(q))
    r = await asyncio.gather(*gs, th)
    log("main", r[:4], q.qsize())
asyncio.run(main())
