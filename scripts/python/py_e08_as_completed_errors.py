import asyncio
async def job(n, d, fail):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"job {n}")
    return n
async def main():
    aws = [job(1, 0.3, False), job(2, 0.1, True), job(3, 0.2, False), job(4, 0.4, True)]
    for i, f in enumerate(asyncio.as_completed(aws)):
        try:
            print(i, "ok", await f)
        except ValueError as e:
            print(i, type(e).__name__, str(e))
    # break out on first error; leftovers keep running
    ts = [asyncio.create_task(job(n, d, fl)) for n, d, fl in [(5, 0.1, True), (6, 0.2, False)]]
    for f in asyncio.as_completed(ts):
        try:
            await f
        except ValueError as e:
            print("stop at", str(e)); break
    await asyncio.sleep(0.3)
    print([t.done() for t in ts], ts[1].result())
asyncio.run(main())
