import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(asyncio.sleep(100), 1)
    except asyncio.TimeoutError:
        print("timeout after", f"{loop.time() - t0:.1f}")
asyncio.run(main())
