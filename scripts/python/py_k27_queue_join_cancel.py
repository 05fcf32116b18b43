import asyncio

async def worker(name, q, log):
    try:
        while True:
            item = await q.get()
            try:
                await asyncio.sleep(item)
                log.append(f"{name}:{item}")
            finally:
                q.task_done()
    except asyncio.CancelledError:
        print(name, "cancelled; unfinished", "?")
        raise

async def main():
    q = asyncio.Queue()
    log = []
    for x in (0.1, 0.2, 0.3, 0.4, 0.5):
        q.put_nowait(x)
    ws = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    try:
        async with asyncio.timeout(0.45):
            await q.join()
        print("joined")
    except TimeoutError:
        print("join timed out; qsize", q.qsize(), "log", log)
    for w in ws:
        w.cancel()
    r = await asyncio.gather(*ws, return_exceptions=True)
    print([type(x).__name__ for x in r], "qsize", q.qsize())
    # join waiter cancelled by wait_for; then the queue drains and a new join returns at once
    while not q.empty():
        q.get_nowait(); q.task_done()
    print("drained; join ->", await asyncio.wait_for(q.join(), 0.1))

asyncio.run(main())
