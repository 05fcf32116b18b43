import asyncio
import time
T0 = time.time()

sem = asyncio.Semaphore(2)

async def with_form(name):
    # ... later
    async with sem:
        # work with shared resource
        print(name, "in at", f"{time.time() - T0:.1f}")
        await asyncio.sleep(1)

async def manual_form(name):
    await sem.acquire()
    try:
        print(name, "in at", f"{time.time() - T0:.1f}")
        await asyncio.sleep(1)
    finally:
        sem.release()

async def main():
    await asyncio.gather(with_form("a"), manual_form("b"), with_form("c"), manual_form("d"), with_form("e"))
    print("done at", f"{time.time() - T0:.1f}", sem.locked())

asyncio.run(main())
