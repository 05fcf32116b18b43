import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def sensor(q, readings):
    for delay, value in readings:
        await asyncio.sleep(delay)
        await q.put(value)
    print(el(), "sensor offline")

async def monitor(q, idle_timeout, max_idle):
    idle_count = 0
    seen = []
    while True:
        try:
            value = await asyncio.wait_for(q.get(), timeout=idle_timeout)
        except asyncio.TimeoutError:
            idle_count += 1
            print(el(), f"no data for {idle_timeout}s (strike {idle_count})")
            if idle_count >= max_idle:
                print(el(), "giving up on sensor")
                break
            continue
        idle_count = 0
        seen.append(value)
        print(el(), "reading", value)
    return seen

async def main():
    q = asyncio.Queue()
    readings = [(0.06, 20.1), (0.1, 20.4), (0.3, 21.0), (0.06, 21.2), (0.45, 19.8)]
    s = asyncio.create_task(sensor(q, readings))
    seen = await monitor(q, 0.2, 2)
    print(el(), "monitor saw", seen, "qsize", q.qsize())
    await s
    print(el(), "after sensor finished, qsize", q.qsize(), "get_nowait ->", q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print(el(), "queue empty, getters waiting:", len(q._getters))

asyncio.run(main())
