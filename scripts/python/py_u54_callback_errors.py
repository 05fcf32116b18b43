import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.04) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

stats = {"ok": 0, "failed": 0}

def record(task):
    # buggy callback: crashes for failed tasks (calls result() on them)
    value = task.result()
    stats["ok"] += 1
    print(el(), "recorded", value)

def safe_record(task):
    if task.exception() is not None:
        stats["failed"] += 1
        print(el(), "safe_record saw failure:", task.exception())

async def job(i):
    await asyncio.sleep(0.06 * i)
    if i == 2:
        raise ValueError(f"job {i} failed")
    return i

async def main():
    loop = asyncio.get_running_loop()
    errors = []
    tasks = []
    for i in range(1, 4):
        t = asyncio.create_task(job(i))
        t.add_done_callback(record)
        t.add_done_callback(safe_record)
        tasks.append(t)
    loop.call_later(0.07, lambda: 1 / 0)
    res = await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0.02)
    print(el(), "results", [r if isinstance(r, int) else repr(r) for r in res])
    print(el(), "stats", stats)

asyncio.run(main())
