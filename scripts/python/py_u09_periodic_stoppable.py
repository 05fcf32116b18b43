import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def periodic(name, interval, stop, work):
    runs = 0
    while not stop.is_set():
        runs += 1
        await work(name, runs)
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except asyncio.TimeoutError:
            pass
    print(el(), name, "stopped after", runs, "runs")
    return runs

async def collect(name, n):
    print(el(), name, "collect", n)
    await asyncio.sleep(0.01)

async def flush(name, n):
    if n == 2:
        await asyncio.sleep(0.23)
        print(el(), name, "slow flush", n)
    else:
        print(el(), name, "flush", n)

async def main():
    stop = asyncio.Event()
    a = asyncio.create_task(periodic("metrics", 0.2, stop, collect))
    b = asyncio.create_task(periodic("flusher", 0.3, stop, flush))
    await asyncio.sleep(0.97)
    print(el(), "stopping")
    stop.set()
    print(el(), "results", await a, await b)

asyncio.run(main())
