import asyncio
async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            print(name, "failing")
            raise ValueError(name)
        print(name, "ok")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(str(e)))
        await asyncio.sleep(0.02)
        print(name, "cleanup finished")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    tasks = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in
             [("a", 0.05, False), ("b", 0.1, True), ("c", 0.3, False), ("d", 0.5, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("wait returned at", el(), sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel("rest")
    print("states right after cancel", [(t.get_name(), t.done(), t.cancelled()) for t in tasks])
    res = await asyncio.gather(*pending, return_exceptions=True)
    print("pending results", sorted(type(r).__name__ for r in res))
    print("states", [(t.get_name(), t.done(), t.cancelled()) for t in tasks], el())
    for t in tasks:
        if t.cancelled():
            print(t.get_name(), "cancelled")
        elif t.exception():
            print(t.get_name(), "exc", repr(t.exception()))
        else:
            print(t.get_name(), "result", t.result())
    # FIRST_EXCEPTION with no exception -> waits for all; with timeout
    t0 = loop.time()
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("e", 0.1), ("f", 0.2)]]
    done, pending = await asyncio.wait(tasks, timeout=0.15, return_when=asyncio.FIRST_EXCEPTION)
    print("timeout wait", el(), len(done), len(pending))
    for t in pending:
        t.cancel()
    done2, pending2 = await asyncio.wait(pending)
    print("after cancel wait", el(), len(done2), len(pending2), [t.cancelled() for t in done2])
    # wait cancelled from outside does not cancel its tasks
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("g", 0.2), ("h", 0.3)]]
    w = asyncio.create_task(asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION))
    await asyncio.sleep(0.05)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("wait task cancelled; children", [t.cancelled() or t.done() for t in tasks])
    print(" ".join(await asyncio.gather(*tasks)))
asyncio.run(main())
