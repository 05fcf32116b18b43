import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def worker(name, stop, period):
    units = 0
    print(el(), name, "online")
    try:
        while not stop.is_set():
            await asyncio.sleep(period)
            units += 1
            print(el(), name, "did unit", units)
        print(el(), name, "saw stop, finishing")
        await asyncio.sleep(0.1)
        return units
    finally:
        print(el(), name, "offline")

async def server(stop):
    await stop.wait()
    print(el(), "server: closing listeners")
    return "closed"

async def main():
    stop = asyncio.Event()
    tasks = [asyncio.create_task(worker("w1", stop, 0.2)),
             asyncio.create_task(worker("w2", stop, 0.32)),
             asyncio.create_task(server(stop))]
    await asyncio.sleep(0.7)
    print(el(), "main: shutdown requested")
    stop.set()
    results = await asyncio.gather(*tasks)
    print(el(), "results:", results[0], results[1], results[2])
    print(el(), "event set:", stop.is_set())

asyncio.run(main())
