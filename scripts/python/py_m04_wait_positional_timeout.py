import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(asyncio.sleep(5))
    done, pending = await asyncio.wait([t], 0.5)
    print(len(done), len(pending), f"{loop.time() - t0:.1f}")
    t.cancel()
asyncio.run(main())
