import asyncio
async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"{name} broke")
    return name
async def main():
    ts = [asyncio.create_task(job("a", 0.1), name="a"), asyncio.create_task(job("b", 0.2, True), name="b"), asyncio.create_task(job("c", 0.3), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        e = t.exception()
        print(t.get_name(), type(e).__name__ if e else None, str(e) if e else t.result())
    # no exceptions -> behaves like ALL_COMPLETED
    ts2 = [asyncio.create_task(job(n, d)) for n, d in [("d", 0.1), ("e", 0.2)]]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    # a cancelled task does not count as an exception
    t3 = asyncio.create_task(job("f", 1))
    t4 = asyncio.create_task(job("g", 0.3))
    asyncio.get_running_loop().call_later(0.1, t3.cancel)
    done, pending = await asyncio.wait([t3, t4], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), t3.cancelled())
    await asyncio.wait(pending)
asyncio.run(main())
