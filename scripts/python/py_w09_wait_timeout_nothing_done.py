import asyncio
async def w(n, d):
    try:
        await asyncio.sleep(d)
        print("finished", n)
        return n
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
def names(s):
    return ",".join(sorted(t.get_name() for t in s)) or "-"
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    ts = [asyncio.create_task(w(i, 1 + i * 0.5), name=f"t{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print("A", names(done), "|", names(pending), el(), type(done).__name__)
    print([t.done() for t in ts], [t.cancelled() for t in ts])
    done, pending = await asyncio.wait(ts, timeout=0.7, return_when=asyncio.FIRST_COMPLETED)
    print("B", names(done), "|", names(pending), el())
    done, pending = await asyncio.wait(pending, timeout=0.2, return_when=asyncio.FIRST_COMPLETED)
    print("C", names(done), "|", names(pending), el())
    done, pending = await asyncio.wait(pending, timeout=10)
    print("D", names(done), "|", names(pending), el())
asyncio.run(main())
