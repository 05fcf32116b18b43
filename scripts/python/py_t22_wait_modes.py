import asyncio
async def ok(n, d):
    await asyncio.sleep(d)
    return n
async def bad(n, d):
    await asyncio.sleep(d)
    raise ValueError(n)
def names(s):
    return ",".join(sorted(t.get_name() for t in s))
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ts = [asyncio.create_task(ok(i, d), name=f"t{i}") for i, d in ((1, 0.3), (2, 0.1), (3, 0.2))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FC", names(done), "|", names(pending), f"{loop.time()-t0:.1f}")
    done, pending = await asyncio.wait(ts)
    print("AC", names(done), "|", names(pending), f"{loop.time()-t0:.1f}")
    us = [asyncio.create_task(ok("u1", 0.5), name="u1"), asyncio.create_task(bad("u2", 0.2), name="u2"), asyncio.create_task(ok("u3", 0.1), name="u3")]
    done, pending = await asyncio.wait(us, return_when=asyncio.FIRST_EXCEPTION)
    print("FE", names(done), "|", names(pending), f"{loop.time()-t0:.1f}")
    done, pending = await asyncio.wait(us, timeout=0.1)
    print("TO", names(done), "|", names(pending), f"{loop.time()-t0:.1f}")
    vs = [asyncio.create_task(ok("v1", 0.5), name="v1")]
    done, pending = await asyncio.wait(vs, return_when=asyncio.FIRST_EXCEPTION)
    print("FE-noexc", names(done), "|", names(pending), f"{loop.time()-t0:.1f}")
    done, pending = await asyncio.wait(us + vs, timeout=0)
    print("T0", names(done), "|", names(pending), f"{loop.time()-t0:.1f}")
    print("u2 exc", us[1].exception())
asyncio.run(main())
