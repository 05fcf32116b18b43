import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def w(name, n, d=0):
    for i in range(n):
        await asyncio.sleep(0)
    if d:
        await asyncio.sleep(d)
    log(name, "finish")
    return name
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    ts = [asyncio.create_task(w("a", 2)), asyncio.create_task(w("b", 1)), asyncio.create_task(w("c", 1)),
          asyncio.create_task(w("d", 0, 0.01)), asyncio.create_task(w("e", 1, 0.01)), asyncio.create_task(w("f", 3, 0.01))]
    pending = set(ts)
    rnd = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        log("round", rnd, "done", ",".join(sorted(t.result() for t in done)), "pending", len(pending))
        rnd += 1
    log("main", "end")
asyncio.run(main())
