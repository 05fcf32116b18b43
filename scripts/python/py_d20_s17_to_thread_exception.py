# an exception raised in a thread (to_thread / run_in_executor) reaches the awaiting coroutine
import asyncio
import time

def risky(n):
    time.sleep(0.05)
    if n < 0:
        raise ValueError(f"negative: {n}")
    if n == 0:
        return 1 // n
    return n

async def main():
    loop = asyncio.get_running_loop()
    for n in (3, -1):
        try:
            print("ok", await asyncio.to_thread(risky, n))
        except ValueError as e:
            print("ValueError", e)
    res = await asyncio.gather(asyncio.to_thread(risky, 2), loop.run_in_executor(None, risky, -5),
                               asyncio.to_thread(risky, 7), return_exceptions=True)
    print([r if isinstance(r, int) else str(r) for r in res])
    t = asyncio.create_task(asyncio.to_thread(risky, -2))
    await asyncio.wait([t])
    print("task exception", t.exception())

asyncio.run(main())
