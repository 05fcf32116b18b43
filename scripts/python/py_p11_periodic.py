import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def every(interval, name, counter):
    tick = 0
    try:
        while True:
            await asyncio.sleep(interval)
            tick += 1
            counter[name] = tick
            print(el(), f"{name} tick {tick}")
    except asyncio.CancelledError:
        print(el(), f"{name} stopping after {tick} ticks")
        raise
    finally:
        print(el(), f"{name} finally")

async def main():
    counter = {}
    heartbeat = asyncio.create_task(every(0.2, "heartbeat", counter))
    metrics = asyncio.create_task(every(0.33, "metrics", counter))
    while counter.get("heartbeat", 0) < 5:
        await asyncio.sleep(0.06)
    print(el(), "main: enough heartbeats")
    heartbeat.cancel()
    metrics.cancel("shutdown")
    for t in (heartbeat, metrics):
        try:
            await t
        except asyncio.CancelledError as e:
            print(el(), "main: task cancelled, args", e.args)
    print(el(), "final", counter["heartbeat"], counter["metrics"])

asyncio.run(main())
