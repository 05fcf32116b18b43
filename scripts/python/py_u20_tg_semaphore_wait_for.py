import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

DURATIONS = {"img1": 0.1, "img2": 0.21, "img3": 0.6, "img4": 0.12, "img5": 0.2}

async def resize(name):
    print(el(), "resize", name, "start")
    try:
        await asyncio.sleep(DURATIONS[name])
    except asyncio.CancelledError:
        print(el(), "resize", name, "interrupted")
        raise
    print(el(), "resize", name, "ok")
    return name.upper()

async def limited(sem, name, per_item):
    async with sem:
        return await asyncio.wait_for(resize(name), per_item)

async def batch(names, per_item):
    sem = asyncio.Semaphore(2)
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for n in names:
                tasks.append(tg.create_task(limited(sem, n, per_item), name=n))
        return [t.result() for t in tasks]
    except* TimeoutError as eg:
        print(el(), "batch failed with", len(eg.exceptions), "timeout(s)")
    return [("cancelled" if t.cancelled() else "timeout" if t.exception() else t.result()) for t in tasks]

async def main():
    print(el(), "first:", await batch(["img1", "img2", "img4", "img5"], 0.5))
    print(el(), "second:", await batch(["img1", "img3", "img2"], 0.3))

asyncio.run(main())
