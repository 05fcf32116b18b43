import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def worker(wid, pq, log):
    while True:
        prio, seq, job = await pq.get()
        try:
            if job == "poison":
                print(el(), f"w{wid} got poison pill")
                return wid
            await asyncio.sleep(0.1)
            log.append(job)
            print(el(), f"w{wid} ran {job} (prio {prio})")
            if job.startswith("parent"):
                for k in range(2):
                    pq.put_nowait((prio - 1, seq * 10 + k, f"child{seq}.{k}"))
                    print(el(), f"w{wid} spawned child{seq}.{k} at prio {prio - 1}")
        finally:
            pq.task_done()

async def main():
    pq = asyncio.PriorityQueue()
    log = []
    jobs = [(5, 1, "report"), (1, 2, "urgent"), (3, 3, "parent3"), (5, 0, "cleanup"), (2, 4, "email")]
    for j in jobs:
        pq.put_nowait(j)
    workers = [asyncio.create_task(worker(i, pq, log)) for i in range(2)]
    await pq.join()
    print(el(), "all jobs done:", log)
    for _ in workers:
        pq.put_nowait((99, 0, "poison"))
    print(el(), "workers exited:", sorted(await asyncio.gather(*workers)))
    lifo = asyncio.LifoQueue()
    for x in "abc":
        await lifo.put(x)
    print("lifo order:", [lifo.get_nowait() for _ in range(lifo.qsize())])
    try:
        pq.put_nowait((1, "a", "x"))
        pq.put_nowait((1, 2, "y"))
        await pq.get()
        print("mixed get ok?", pq.qsize())
    except TypeError as e:
        print("TypeError on mixed priorities")

asyncio.run(main())
