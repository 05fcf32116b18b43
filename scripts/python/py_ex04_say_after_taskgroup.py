import asyncio
import time
T0 = time.time()

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(
            say_after(1, 'hello'))

        task2 = tg.create_task(
            say_after(2, 'world'))

        print(f"started at {time.time() - T0:.1f}")

    # The await is implicit when the context manager exits.

    print(f"finished at {time.time() - T0:.1f}")

asyncio.run(main())
