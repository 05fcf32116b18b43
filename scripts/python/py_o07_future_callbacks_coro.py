import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def awaiter(name, fut):
    log(name, "await")
    r = await fut
    log(name, "got", r)
    await asyncio.sleep(0)
    log(name, "end")
async def ticker():
    for i in range(4):
        log("ticker", i)
        await asyncio.sleep(0)
async def main():
    global t0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    f1, f2, f3 = loop.create_future(), loop.create_future(), loop.create_future()
    ts = [asyncio.create_task(awaiter("a1", f1)), asyncio.create_task(awaiter("a2", f2)),
          asyncio.create_task(awaiter("a3", f3)), asyncio.create_task(awaiter("a1b", f1)),
          asyncio.create_task(ticker())]
    loop.call_soon(lambda: (log("cb", "soon f2"), f2.set_result("two")))
    loop.call_later(0.01, lambda: (log("cb", "later f1"), f1.set_result("one")))
    loop.call_later(0.01, lambda: (log("cb", "later f3"), f3.set_result("three")))
    loop.call_soon(log, "cb", "soon plain")
    log("main", "scheduled")
    await asyncio.gather(*ts)
    log("main", "end")
asyncio.run(main())
