# manual acquire/release of a BoundedSemaphore, locked(), over-release ValueError, FIFO waiters
import asyncio

async def user(sem, name, hold, log):
    await sem.acquire()
    try:
        log.append(f"{name}+")
        await asyncio.sleep(hold)
    finally:
        log.append(f"{name}-")
        sem.release()

async def main():
    sem = asyncio.BoundedSemaphore(2)
    log = []
    tasks = [asyncio.create_task(user(sem, n, h, log)) for n, h in [("a", 0.2), ("b", 0.1), ("c", 0.1), ("d", 0.05), ("e", 0.01)]]
    await asyncio.sleep(0)
    print("locked after start", str(sem.locked()).lower())
    await asyncio.gather(*tasks)
    print(" ".join(log))
    print("locked at end", str(sem.locked()).lower())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
