import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def worker(name, queue, done):
    try:
        while True:
            job = await queue.get()
            print(el(), name, "starts job", job)
            await asyncio.sleep(0.1 * job)
            done.append((name, job))
            print(el(), name, "finished job", job)
            queue.task_done()
    except asyncio.CancelledError:
        print(el(), name, "cancelled")
        raise
    finally:
        print(el(), name, "exits")

async def main():
    queue = asyncio.Queue()
    for job in [3, 1, 2, 2, 1, 3, 1]:
        queue.put_nowait(job)
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(3)]
    await queue.join()
    print(el(), "all jobs done:", len(done))
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print(el(), "worker results:", [type(r).__name__ for r in results])
    print("order:", " ".join(f"{n}:{j}" for n, j in done))

asyncio.run(main())
