import asyncio
async def job(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 0.5)]]
    got = []
    try:
        for f in asyncio.as_completed(tasks, timeout=0.25):
            got.append(await f)
            print("got", got[-1], "at", el())
    except TimeoutError as e:
        print("TimeoutError at", el(), repr(str(e)), "got", got)
    print("states", [(t.done(), t.cancelled()) for t in tasks])
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("after cancel", [t.cancelled() for t in tasks])
    # as_completed timeout 0 with already-done tasks
    done_t = asyncio.create_task(job("x", 0))
    await asyncio.sleep(0.01)
    slow_t = asyncio.create_task(job("y", 1))
    it = asyncio.as_completed([done_t, slow_t], timeout=0)
    try:
        for f in it:
            print("zero-timeout got", await f)
    except TimeoutError:
        print("zero-timeout TimeoutError, slow cancelled?", slow_t.cancelled())
    slow_t.cancel()
    try:
        await slow_t
    except asyncio.CancelledError:
        print("slow_t cancelled now")
    # the task iterating as_completed is cancelled from outside
    async def consumer(ts):
        try:
            for f in asyncio.as_completed(ts, timeout=5):
                print("consumer got", await f)
        except asyncio.CancelledError:
            print("consumer cancelled at", el())
            raise
    t0 = loop.time()
    ts = [asyncio.create_task(job(n, d)) for n, d in [("p", 0.1), ("q", 0.4)]]
    c = asyncio.create_task(consumer(ts))
    await asyncio.sleep(0.2)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("children after consumer cancel", [(t.done(), t.cancelled()) for t in ts])
    print("q", await ts[1], el())
asyncio.run(main())
