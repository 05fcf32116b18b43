import asyncio
async def worker(name, q, lock):
    async with lock:
        print(name, "has lock")
    await q.put(name)
    print(name, "put")
    await q.put(name + "2")
    print(name, "put again")
    await asyncio.sleep(0)
    print(name, "after sleep")
async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", q, lock), worker("b", q, lock))
    print(q.qsize())
asyncio.run(main())
