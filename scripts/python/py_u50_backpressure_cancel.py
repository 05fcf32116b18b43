import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def producer(name, q, n):
    sent = 0
    try:
        for i in range(n):
            await q.put(f"{name}-{i}")
            sent += 1
        return sent
    except asyncio.CancelledError:
        print(el(), name, "cancelled while blocked; sent", sent, "queue full:", q.full())
        raise

async def slow_consumer(q, limit):
    got = []
    while len(got) < limit:
        got.append(await q.get())
        await asyncio.sleep(0.05)
    return got

async def main():
    q = asyncio.Queue(maxsize=2)
    prods = [asyncio.create_task(producer(n, q, 5)) for n in ("P", "Q")]
    got = await slow_consumer(q, 4)
    print(el(), "consumer got", got, "qsize", q.qsize())
    for p in prods:
        p.cancel()
    res = await asyncio.gather(*prods, return_exceptions=True)
    print(el(), "producers:", [type(r).__name__ for r in res])
    rest = []
    while not q.empty():
        rest.append(q.get_nowait())
    print(el(), "left in queue:", rest)
    # acquire with a timeout on a semaphore that nobody releases in time
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), 0.1)
    except asyncio.TimeoutError:
        print(el(), "semaphore acquire timed out; locked:", sem.locked())
    sem.release()
    print(el(), "after release locked:", sem.locked())
    await asyncio.wait_for(sem.acquire(), 0.1)
    print(el(), "acquired again; locked:", sem.locked())

asyncio.run(main())
