import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.5) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("swallowed inside timeout")
            print("body continues", asyncio.current_task().cancelling())
            await asyncio.sleep(0.2)
            print("body ends", f"{loop.time()-t0:.1f}")
        print("no TimeoutError", cm.expired())
    except TimeoutError:
        print("TimeoutError", f"{loop.time()-t0:.1f}")
    print("cancelling after", asyncio.current_task().cancelling())
asyncio.run(main())
