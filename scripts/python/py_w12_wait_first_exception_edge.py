import asyncio
async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("x")
def names(s):
    return ",".join(sorted(t.get_name() for t in s)) or "-"
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    b = asyncio.create_task(bad(), name="bad")
    s = asyncio.create_task(asyncio.sleep(5), name="slow")
    await asyncio.sleep(0.2)
    done, pending = await asyncio.wait([b, s], return_when=asyncio.FIRST_EXCEPTION)
    print("FE predone", names(done), "|", names(pending), el())
    done, pending = await asyncio.wait([b, s], return_when=asyncio.FIRST_COMPLETED)
    print("FC predone", names(done), "|", names(pending), el())
    c = asyncio.create_task(asyncio.sleep(5), name="c")
    s2 = asyncio.create_task(asyncio.sleep(0.5), name="s2")
    loop.call_later(0.1, c.cancel)
    done, pending = await asyncio.wait([c, s2], return_when=asyncio.FIRST_EXCEPTION)
    print("FE cancelled is no exception", names(done), "|", names(pending), el())
    c2 = asyncio.create_task(asyncio.sleep(5), name="c2")
    loop.call_later(0.1, c2.cancel)
    done, pending = await asyncio.wait([c2, s], return_when=asyncio.FIRST_COMPLETED)
    print("FC cancelled counts", names(done), "|", names(pending), el())
    s.cancel()
    print("exc", repr(b.exception()))
asyncio.run(main())
