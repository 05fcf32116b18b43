# gather where one coroutine raises: the error propagates to the awaiter, the others keep running
import asyncio, time

async def work(name, delay, fail=False):
    print(name, "start")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} broke")
    print(name, "done", round(time.perf_counter() - t0, 1))
    return name

async def main():
    try:
        res = await asyncio.gather(work("a", 0.1), work("b", 0.2, fail=True), work("c", 0.3))
        print("results", res)
    except ValueError as e:
        print("caught", type(e).__name__, e, round(time.perf_counter() - t0, 1))
    await asyncio.sleep(0.2)
    print("main end", round(time.perf_counter() - t0, 1))

t0 = time.perf_counter()
asyncio.run(main())
