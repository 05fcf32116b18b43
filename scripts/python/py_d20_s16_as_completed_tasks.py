# asyncio.as_completed over coroutines: results in completion order, with a timeout at the end
import asyncio

async def work(name, d):
    await asyncio.sleep(d)
    return f"{name}:{d}"

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    coros = [work("a", 0.3), work("b", 0.1), work("c", 0.2)]
    for f in asyncio.as_completed(coros):
        r = await f
        print(r, round(loop.time() - t0, 2))
    t0 = loop.time()
    try:
        for f in asyncio.as_completed([work("x", 0.05), work("y", 1.0)], timeout=0.5):
            print(await f, round(loop.time() - t0, 2))
    except asyncio.TimeoutError:
        print("timed out", round(loop.time() - t0, 2))
    await asyncio.sleep(0.01)
    print("tasks left", len(asyncio.all_tasks()))

asyncio.run(main())
