# wait_for around a gather: timeout cancels every child, the children see CancelledError
import asyncio, time

async def fetch(i, delay):
    try:
        await asyncio.sleep(delay)
        print("fetched", i)
        return i
    except asyncio.CancelledError:
        print("fetch", i, "cancelled at", round(time.perf_counter() - t0, 1))
        raise

async def main():
    try:
        r = await asyncio.wait_for(asyncio.gather(fetch(1, 0.1), fetch(2, 0.5), fetch(3, 0.2)), timeout=0.3)
        print("got", r)
    except asyncio.TimeoutError:
        print("timed out at", round(time.perf_counter() - t0, 1))
    r = await asyncio.wait_for(asyncio.gather(fetch(4, 0.1), fetch(5, 0.2)), timeout=1)
    print("got", *r, round(time.perf_counter() - t0, 1))

t0 = time.perf_counter()
asyncio.run(main())
