import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.1)
    except asyncio.TimeoutError:
        print("acquire timed out; locked", lock.locked())
    order = []
    async def user(n, limit):
        try:
            await asyncio.wait_for(lock.acquire(), limit)
        except asyncio.TimeoutError:
            print("user", n, "gave up")
            return
        try:
            order.append(n)
            print("user", n, "has lock")
            await asyncio.sleep(0.05)
        finally:
            lock.release()
    ts = [asyncio.create_task(user(i, lim)) for i, lim in enumerate([1.0, 0.1, 1.0, 0.15])]
    await asyncio.sleep(0.2)
    print("releasing")
    lock.release()
    await asyncio.gather(*ts)
    print("order", order, "locked", lock.locked())
    # timeout cm around lock
    await lock.acquire()
    async def holder():
        await asyncio.sleep(0.05)
        lock.release()
    h = asyncio.create_task(holder())
    try:
        async with asyncio.timeout(0.05):
            async with lock:
                print("got lock inside timeout")
    except TimeoutError:
        print("timeout cm expired; locked", lock.locked())
    await h
    print("final locked", lock.locked())

asyncio.run(main())
