import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = lambda x: f"{x - t0:.2f}"
    h1 = loop.call_later(0.25, lambda: print("h1 at", r(loop.time())))
    h2 = loop.call_at(t0 + 0.1, lambda: print("h2 at", r(loop.time())))
    h3 = loop.call_at(t0 - 5, lambda: print("h3 (past) at", r(loop.time())))
    print("when", r(h1.when()), r(h2.when()), r(h3.when()))
    h1.cancel()
    print("when after cancel", r(h1.when()), h1.cancelled())
    await asyncio.sleep(0.05)
    print("after 0.05", r(loop.time()))
    h4 = loop.call_later(0.05, lambda: print("h4 at", r(loop.time())))
    print("h4 when", r(h4.when()))
    await asyncio.sleep(0.2)
    print("end", r(loop.time()))
asyncio.run(main())
