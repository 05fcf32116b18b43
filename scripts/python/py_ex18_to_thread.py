import asyncio
import time
T0 = time.time()

def blocking_io(t0):
    print(f"start blocking_io at {time.time() - t0:.1f}")
    # Note that time.sleep() can be replaced with any blocking
    # IO-bound operation, such as file operations.
    time.sleep(1)
    print(f"blocking_io complete at {time.time() - t0:.1f}")

async def main():
    print(f"started main at {time.time() - T0:.1f}")

    await asyncio.gather(
        asyncio.to_thread(blocking_io, T0),
        asyncio.sleep(1))

    print(f"finished main at {time.time() - T0:.1f}")

asyncio.run(main())
