import asyncio
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallowed")
        await asyncio.sleep(0.3)
        return "kept"
async def plain():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("plain cancelled")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("stubborn ->", await asyncio.wait_for(t, -1), f"{loop.time()-t0:.1f}")
    t2 = asyncio.create_task(plain())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t2, 0)
    except asyncio.TimeoutError:
        print("timeout; t2 cancelled", t2.cancelled(), f"{loop.time()-t0:.1f}")
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("stubborn with 0.1 ->", await asyncio.wait_for(t3, 0.1), f"{loop.time()-t0:.1f}")
asyncio.run(main())
