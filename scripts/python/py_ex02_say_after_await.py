import asyncio
import time
T0 = time.time()

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print(f"started at {time.time() - T0:.1f}")

    await say_after(1, 'hello')
    await say_after(2, 'world')

    print(f"finished at {time.time() - T0:.1f}")

asyncio.run(main())
