import asyncio, time
async def ticker():
    for i in range(3):
        await asyncio.sleep(0.03)
        print("tick", i)
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tk = asyncio.create_task(ticker())
    loop.call_later(0.02, print, "timer 0.02")
    await asyncio.sleep(0)
    time.sleep(0.1)
    print("after blocking sleep, loop.time advanced", f"{loop.time() - t0:.1f}")
    await asyncio.sleep(0)
    print("main after yield")
    await tk
    print("end", f"{loop.time() - t0:.1f}")
asyncio.run(main())
