import asyncio
async def worker(i, start, t0, loop):
    print(f"worker {i} ready")
    await start.wait()
    print(f"worker {i} go at {round(loop.time()-t0, 1)}")
    await asyncio.sleep(0.1 * i)
    print(f"worker {i} done at {round(loop.time()-t0, 1)}")
    return i
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    start = asyncio.Event()
    tasks = [asyncio.create_task(worker(i, start, t0, loop)) for i in range(1, 4)]
    await asyncio.sleep(0.2)
    print("setting event, waiters ready")
    start.set()
    print("event set", start.is_set())
    res = await asyncio.gather(*tasks)
    print(res)
asyncio.run(main())
