import asyncio
async def heartbeat(stop, period, t0, loop):
    beats = 0
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=period)
        except asyncio.TimeoutError:
            beats += 1
            print(f"beat {beats} at {round(loop.time()-t0, 2)}")
    print("heartbeat stopped at", round(loop.time()-t0, 2))
    return beats
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(stop, 0.1, t0, loop))
    await asyncio.sleep(0.35)
    stop.set()
    print("stop set")
    print("beats", await hb)
asyncio.run(main())
