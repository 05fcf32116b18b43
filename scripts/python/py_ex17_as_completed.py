import asyncio
import time
T0 = time.time()

async def work(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"

async def main():
    aws = [work("a", 3), work("b", 1), work("c", 2)]
    for coro in asyncio.as_completed(aws):
        earliest_result = await coro
        print(earliest_result, f"{time.time() - T0:.1f}")
    try:
        for coro in asyncio.as_completed([work("d", 0.5), work("e", 5)], timeout=1):
            print(await coro)
    except TimeoutError:
        print("as_completed timed out", f"{time.time() - T0:.1f}")

asyncio.run(main())
