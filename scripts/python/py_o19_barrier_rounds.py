import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def party(name, b, pre, rounds):
    for r in range(rounds):
        for i in range(pre):
            await asyncio.sleep(0)
        log(name, "arrive", r, b.n_waiting)
        idx = await b.wait()
        log(name, "pass", r, idx)
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, b, p, 2)) for n, p in [("a", 2), ("b", 0), ("c", 1)]]
    await asyncio.gather(*ts)
    log("main", "end", b.n_waiting, b.broken)
asyncio.run(main())
