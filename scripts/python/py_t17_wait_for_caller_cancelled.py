import asyncio
async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        await asyncio.sleep(0.5)
        print("inner unwound")
        raise
async def caller():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print("caller got CancelledError")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(caller())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: caller cancelled at", f"{loop.time() - t0:.1f}")
asyncio.run(main())
