import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def dispatcher(pq, name):
    while True:
        prio, seq, job = await pq.get()
        try:
            if job is None:
                print(el(), name, "stop")
                return
            print(el(), name, f"run {job} (p{prio})")
            await asyncio.sleep(0.1)
        finally:
            pq.task_done()

async def main():
    pq = asyncio.PriorityQueue()
    seq = 0
    def submit(prio, job):
        nonlocal seq
        seq += 1
        pq.put_nowait((prio, seq, job))
    for prio, job in [(5, "backup"), (1, "page-oncall"), (3, "email"), (1, "restart-db"), (9, "cleanup")]:
        submit(prio, job)
    workers = [asyncio.create_task(dispatcher(pq, f"d{i}")) for i in range(2)]
    await asyncio.sleep(0.15)
    submit(0, "security-patch")
    submit(4, "report")
    await asyncio.sleep(0.01)
    print(el(), "queued now:", pq.qsize())
    for _ in workers:
        submit(99, None)
    await pq.join()
    await asyncio.gather(*workers)
    print(el(), "all done, empty:", pq.empty())

asyncio.run(main())
