import asyncio
async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"job {n}")
    return n
async def main():
    ts = [asyncio.create_task(job(1, 0.1, True)), asyncio.create_task(job(2, 0.2)), asyncio.create_task(job(3, 1.0))]
    got = []
    try:
        for f in asyncio.as_completed(ts, timeout=0.5):
            try:
                got.append(await f)
            except ValueError as e:
                got.append(f"err:{e}")
    except TimeoutError as e:
        print("timeout", type(e).__name__, repr(str(e)))
    print(got, [t.done() for t in ts])
    r = await ts[2]
    print("late", r)
asyncio.run(main())
