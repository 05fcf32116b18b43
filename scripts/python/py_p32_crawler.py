import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

LINKS = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a1", "/b"],
    "/b": ["/b1", "/"],
    "/c": ["/c1", "/c2", "/a1"],
    "/a1": [], "/b1": ["/c2"], "/c1": [], "/c2": ["/"],
}

async def fetch(url):
    await asyncio.sleep(0.1 + 0.02 * len(url))
    return LINKS.get(url, [])

async def worker(wid, queue, seen, order):
    print(el(), f"worker {wid} ready")
    while True:
        url = await queue.get()
        try:
            links = await fetch(url)
            order.append(url)
            print(el(), f"w{wid} crawled {url} -> {len(links)} links")
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue()
    seen = {"/"}
    order = []
    queue.put_nowait("/")
    workers = [asyncio.create_task(worker(i, queue, seen, order)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(el(), "crawled", len(order), "pages:", " ".join(order))
    print(el(), "workers cancelled:", sum(isinstance(r, asyncio.CancelledError) for r in res))

asyncio.run(main())
