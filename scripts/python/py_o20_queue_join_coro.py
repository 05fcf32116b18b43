import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def worker(name, q, d):
    while True:
        it = await q.get()
        log(name, "got", it)
        await asyncio.sleep(d)
        log(name, "done", it)
        q.task_done()
async def joiner(name, q):
    log(name, "join")
    await q.join()
    log(name, "joined")
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker(f"w{i}", q, d)) for i, d in enumerate([0.01, 0, 0.02])]
    js = [asyncio.create_task(joiner("j1", q)), asyncio.create_task(joiner("j2", q))]
    await q.join()
    log("main", "joined")
    await asyncio.gather(*js)
    for w in ws:
        w.cancel()
    r = await asyncio.gather(*ws, return_exceptions=True)
    log("main", [type(x).__name__ for x in r])
asyncio.run(main())
