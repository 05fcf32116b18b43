import asyncio
async def ticker(name, period, t0, loop):
    n = 0
    try:
        while True:
            await asyncio.sleep(period)
            n += 1
            print(f"{name} tick {n} at {round(loop.time()-t0, 1)}")
    except asyncio.CancelledError:
        print(f"{name} cancelled after {n} ticks")
        raise
    finally:
        print(f"{name} cleanup")
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    a = asyncio.create_task(ticker("fast", 0.1, t0, loop))
    b = asyncio.create_task(ticker("slow", 0.25, t0, loop))
    await asyncio.sleep(0.55)
    a.cancel()
    print("cancel sent", a.done())
    await asyncio.sleep(0.22)
    b.cancel()
    for t in (a, b):
        try:
            await t
        except asyncio.CancelledError:
            print("awaited cancelled", t.cancelled())
    print("end", round(loop.time()-t0, 1))
asyncio.run(main())
