import asyncio

lock = asyncio.Lock()
shared = []

async def with_form(name):
    # ... later
    async with lock:
        # access shared state
        shared.append(name + ":in")
        await asyncio.sleep(0.1)
        shared.append(name + ":out")

async def manual_form(name):
    # ... later
    await lock.acquire()
    try:
        # access shared state
        shared.append(name + ":in")
        await asyncio.sleep(0.1)
        shared.append(name + ":out")
    finally:
        lock.release()

async def main():
    print("locked before:", lock.locked())
    await asyncio.gather(with_form("a"), manual_form("b"), with_form("c"), manual_form("d"))
    print(" ".join(shared))
    print("locked after:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
