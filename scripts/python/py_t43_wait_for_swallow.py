import asyncio
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallowed")
        await asyncio.sleep(0.2)
        return "stubborn result"
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        r = await asyncio.wait_for(stubborn(), 0.5)
        print("wait_for returned", r, f"{loop.time()-t0:.1f}")
    except asyncio.TimeoutError:
        print("TimeoutError", f"{loop.time()-t0:.1f}")
asyncio.run(main())
