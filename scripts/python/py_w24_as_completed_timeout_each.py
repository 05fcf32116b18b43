import asyncio
async def w(n, d):
    await asyncio.sleep(d)
    print("finished", n)
    return n
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    ts = [asyncio.create_task(w(n, d)) for n, d in (("a", 0.1), ("b", 0.4), ("c", 0.2), ("d", 0.6))]
    it = asyncio.as_completed(ts, timeout=0.3)
    for f in it:
        try:
            print("got", await f, el())
        except asyncio.TimeoutError:
            print("timeout", el())
    print("states", [t.done() for t in ts], [t.cancelled() for t in ts])
    await asyncio.sleep(1)
    print("end", el(), [t.result() for t in ts])
asyncio.run(main())
