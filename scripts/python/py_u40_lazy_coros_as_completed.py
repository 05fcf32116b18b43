import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

started = {}

async def download(name, size, verbose=False):
    started[name] = el()
    if verbose:
        print(el(), "start", name, "current task:", asyncio.current_task().get_name())
    await asyncio.sleep(size / 100)
    print(el(), "finish", name)
    return name, size

async def main():
    jobs = [download(n, s) for n, s in [("a.iso", 30), ("b.txt", 10), ("c.mp4", 20)]]
    print(el(), "built", len(jobs), "coroutines; started:", started)
    await asyncio.sleep(0.06)
    print(el(), "now running them")
    total = 0
    for i, fut in enumerate(asyncio.as_completed(jobs), 1):
        name, size = await fut
        total += size
        print(el(), f"[{i}/{len(jobs)}] {name} ({total} bytes so far)")
    print("start times:", sorted(started.items()))
    one = download("d.bin", 5, True)
    print(el(), "awaiting a coroutine directly runs it in", asyncio.current_task().get_name())
    print(el(), "got", await one)
    t = asyncio.ensure_future(download("e.log", 5, True))
    print(el(), "ensure_future made", t.get_name(), "not started:", "e.log" not in started)
    await t

asyncio.run(main())
