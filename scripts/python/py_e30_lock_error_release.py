import asyncio
async def user(lock, name, fail):
    async with lock:
        print(name, "holds lock")
        await asyncio.sleep(0.1)
        if fail:
            raise ValueError(f"{name} crashed")
        print(name, "releases normally")
async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    r = await asyncio.gather(user(lock, "a", True), user(lock, "b", False), user(lock, "c", True), return_exceptions=True)
    print([type(x).__name__ for x in r], lock.locked())
    r = await asyncio.gather(user(sem, "d", True), user(sem, "e", False), return_exceptions=True)
    print([type(x).__name__ for x in r], sem.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, str(e))
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print(type(e).__name__, str(e))
asyncio.run(main())
