# Lock basics: locked(), acquire() result, release() of an unlocked lock, `async with` result and
# release on error, acquire order across `async with` blocks.
import asyncio

async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    print("acquire:", await lock.acquire())
    print("locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock:
        print("inside, locked:", lock.locked())
    print("after, locked:", lock.locked())
    try:
        async with lock:
            raise ValueError("boom")
    except ValueError as e:
        print("ValueError:", e, "locked:", lock.locked())
    order = []
    async def worker(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0.01 * (3 - i))
            order.append(-i)
    await asyncio.gather(*(worker(i) for i in range(4)))
    print(" ".join(map(str, order)))

asyncio.run(main())
