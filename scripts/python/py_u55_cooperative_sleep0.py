import asyncio

log = []

async def cruncher(name, n, chunk):
    total = 0
    for i in range(n):
        total += i * i
        if i % chunk == chunk - 1:
            log.append(f"{name}@{i}")
            await asyncio.sleep(0)
    log.append(f"{name} done")
    return total

async def progress(stop):
    ticks = 0
    while not stop.is_set():
        ticks += 1
        log.append(f"tick{ticks}")
        await asyncio.sleep(0)
    return ticks

async def main():
    stop = asyncio.Event()
    p = asyncio.create_task(progress(stop))
    a = asyncio.create_task(cruncher("A", 12, 4))
    b = asyncio.create_task(cruncher("B", 6, 2))
    ra, rb = await asyncio.gather(a, b)
    stop.set()
    ticks = await p
    print("results", ra, rb, "ticks", ticks)
    for i in range(0, len(log), 8):
        print(" ".join(log[i:i + 8]))

asyncio.run(main())
