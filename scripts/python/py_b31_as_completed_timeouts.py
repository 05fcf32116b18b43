import asyncio
async def work(n):
    await asyncio.sleep(n)
    return n
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for to in [0, -1]:
        ts = [asyncio.create_task(work(0.05)), asyncio.create_task(work(0.01))]
        got = []
        for f in asyncio.as_completed(ts, timeout=to):
            try:
                got.append(await f)
            except TimeoutError as e:
                got.append(type(e).__name__)
        print("timeout", to, got, [t.done() for t in ts], round(loop.time() - t0, 2))
        await asyncio.gather(*ts)
    for to in ["1", None]:
        try:
            res = []
            for f in asyncio.as_completed([work(0.01)], timeout=to):
                res.append(await f)
            print("timeout", repr(to), "->", res)
        except Exception as e:
            print("timeout", repr(to), type(e).__name__)
    d = asyncio.create_task(work(0))
    await d
    for f in asyncio.as_completed([d], timeout=0):
        try:
            print("done task with timeout 0 ->", await f)
        except TimeoutError:
            print("done task with timeout 0 -> TimeoutError")
asyncio.run(main())
