import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(asyncio.sleep(100))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled after", f"{loop.time() - t0:.1f}")
    g = asyncio.gather(asyncio.sleep(100), asyncio.sleep(50))
    await asyncio.sleep(1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled after", f"{loop.time() - t0:.1f}")
asyncio.run(main())
