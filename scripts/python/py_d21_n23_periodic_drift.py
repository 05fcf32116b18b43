import asyncio
async def periodic(name, period, work, t0, loop):
    nxt = loop.time()
    n = 0
    while True:
        n += 1
        print(f"{name} run {n} at {round(loop.time()-t0, 1)}")
        await asyncio.sleep(work)
        nxt += period
        await asyncio.sleep(max(0, nxt - loop.time()))
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    t = asyncio.create_task(periodic("job", 0.1, 0.03, t0, loop))
    await asyncio.sleep(0.75)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("stopped at", round(loop.time()-t0, 2))
asyncio.run(main())
