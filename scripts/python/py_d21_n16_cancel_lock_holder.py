import asyncio
async def user(lock, name, hold, t0, loop):
    try:
        async with lock:
            print(f"{name} acquired at {round(loop.time()-t0, 1)}")
            await asyncio.sleep(hold)
            print(f"{name} releasing at {round(loop.time()-t0, 1)}")
    except asyncio.CancelledError:
        print(f"{name} cancelled, lock locked={lock.locked()}")
        raise
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    lock = asyncio.Lock()
    ts = [asyncio.create_task(user(lock, n, h, t0, loop)) for n, h in [("A", 0.5), ("B", 0.2), ("C", 0.1)]]
    await asyncio.sleep(0.16)
    ts[0].cancel()
    await asyncio.sleep(0.05)
    ts[1].cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res], round(loop.time()-t0, 2), lock.locked())
asyncio.run(main())
