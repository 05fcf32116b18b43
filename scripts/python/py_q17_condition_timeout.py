# wait_for(cond.wait(), t) / asyncio.timeout around cond.wait(): on timeout the waiter re-acquires
# the lock before TimeoutError reaches it, even if another task holds the lock at that moment.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    t0 = loop.time()
    el = lambda: f"{loop.time() - t0:.2f}"
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.1)
        except asyncio.TimeoutError:
            print("timeout 1 at", el(), "locked:", cond.locked())

    async def holder():
        await asyncio.sleep(0.05)
        async with cond:
            print("holder has lock at", el())
            await asyncio.sleep(0.2)
            print("holder releases at", el())

    t0 = loop.time()
    h = asyncio.create_task(holder())
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.1)
        except asyncio.TimeoutError:
            print("timeout 2 at", el(), "locked:", cond.locked())
    await h

    t0 = loop.time()
    h = asyncio.create_task(holder())
    async with cond:
        try:
            async with asyncio.timeout(0.1):
                await cond.wait()
        except TimeoutError:
            print("timeout 3 at", el(), "locked:", cond.locked())
    await h
    print("end locked:", cond.locked())

asyncio.run(main())
