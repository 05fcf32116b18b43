import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    a = asyncio.create_task(asyncio.sleep(0.1))
    b = asyncio.create_task(asyncio.sleep(0.3))
    await a
    done, pending = await asyncio.wait([a, b])
    print(len(done), len(pending), f"{loop.time() - t0:.1f}")
asyncio.run(main())
