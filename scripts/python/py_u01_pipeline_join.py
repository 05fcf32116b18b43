import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def downloader(name, inq, outq):
    print(el(), name, "start")
    while True:
        url = await inq.get()
        try:
            await asyncio.sleep(0.1 if len(url) % 2 else 0.2)
            page = f"<{url}>"
            print(el(), name, "downloaded", url)
            await outq.put(page)
        finally:
            inq.task_done()

async def parser(name, inq, results):
    print(el(), name, "start")
    try:
        while True:
            page = await inq.get()
            await asyncio.sleep(0.03)
            results.append(page.upper())
            print(el(), name, "parsed", page)
            inq.task_done()
    except asyncio.CancelledError:
        print(el(), name, "cancelled with", inq.qsize(), "left")
        raise

async def main():
    urls = ["a", "bb", "ccc", "dddd", "e", "ff"]
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=2)
    results = []
    for u in urls:
        q1.put_nowait(u)
    dl = [asyncio.create_task(downloader(f"dl{i}", q1, q2)) for i in range(2)]
    ps = [asyncio.create_task(parser(f"p{i}", q2, results)) for i in range(2)]
    await q1.join()
    print(el(), "downloads joined")
    await q2.join()
    print(el(), "parsing joined")
    for t in dl + ps:
        t.cancel()
    res = await asyncio.gather(*dl, *ps, return_exceptions=True)
    print(el(), "cancelled:", " ".join(type(r).__name__ for r in res))
    print(el(), "results:", " ".join(sorted(results)))

asyncio.run(main())
