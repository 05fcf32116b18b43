import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def producer(name, q, items):
    for it in items:
        log(name, "put?", it)
        await q.put(it)
        log(name, "put!", it, q.qsize())
    log(name, "end")
async def consumer(name, q, n, d):
    got = []
    for i in range(n):
        it = await q.get()
        log(name, "got", it)
        got.append(it)
        await asyncio.sleep(d)
    log(name, "end")
    return got
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    q = asyncio.Queue(maxsize=1)
    ps = [asyncio.create_task(producer("p1", q, [1, 2, 3])), asyncio.create_task(producer("p2", q, [10, 20])),
          asyncio.create_task(producer("p3", q, [100]))]
    cs = [asyncio.create_task(consumer("c1", q, 3, 0.01)), asyncio.create_task(consumer("c2", q, 3, 0))]
    r = await asyncio.gather(*ps, *cs)
    log("main", r[3], r[4])
asyncio.run(main())
