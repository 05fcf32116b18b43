import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def producer(q):
    for i, gap in enumerate([0.06, 0.11, 0.4, 0.07, 0.6]):
        await asyncio.sleep(gap)
        await q.put(f"msg{i}")
        print(el(), "sent", f"msg{i}")

async def consumer(q, idle_timeout, max_idle):
    idle = 0
    handled = []
    while idle < max_idle:
        try:
            msg = await asyncio.wait_for(q.get(), timeout=idle_timeout)
        except asyncio.TimeoutError:
            idle += 1
            print(el(), "idle", idle)
            continue
        idle = 0
        handled.append(msg)
        print(el(), "handled", msg)
    print(el(), "consumer giving up")
    return handled

async def main():
    q = asyncio.Queue()
    prod = asyncio.create_task(producer(q))
    handled = await consumer(q, 0.22, 2)
    print(el(), "handled", len(handled), "left in queue", q.qsize())
    await prod
    print(el(), "left after producer", q.qsize(), q.get_nowait())

asyncio.run(main())
