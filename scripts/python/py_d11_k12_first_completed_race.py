import asyncio
async def racer(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled, cancelling", asyncio.current_task().cancelling())
        raise
    finally:
        print(name, "finally")
async def race(*specs, timeout=None):
    tasks = [asyncio.create_task(racer(n, d), name=n) for n, d in specs]
    try:
        done, pending = await asyncio.wait(tasks, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for t in tasks:
            if not t.done():
                t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    if not done:
        return None
    return sorted(t.result() for t in done)
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    print("race1", await race(("a", 0.3), ("b", 0.1), ("c", 0.2)), el())
    print("race2 tie", await race(("x", 0.1), ("y", 0.1), ("z", 0.3)), el())
    print("race3 timeout", await race(("p", 0.5), ("q", 0.6), timeout=0.1), el())
    # the racing task itself cancelled from outside: finally cancels the children
    rt = asyncio.create_task(race(("m", 0.5), ("n", 0.6)))
    await asyncio.sleep(0.1)
    rt.cancel("abort race")
    try:
        await rt
    except asyncio.CancelledError as e:
        print("race4 cancelled", repr(str(e)), el())
    # repeated FIRST_COMPLETED loop
    tasks = {asyncio.create_task(racer(n, d)) for n, d in [("r1", 0.3), ("r2", 0.1), ("r3", 0.2)]}
    order = []
    while tasks:
        done, tasks = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            order.append(t.result())
        print("round at", el(), "left", len(tasks))
    print("order", order)
asyncio.run(main())
