import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

active = 0
peak = 0

async def job(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(el(), f"job {i} start (active={active})")
        try:
            await asyncio.sleep(0.1 * (1 + i % 3) + 0.003 * i)
            if i == 4:
                raise ValueError(f"job {i} exploded")
            return i * 10
        finally:
            active -= 1
            print(el(), f"job {i} end")

async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(job(sem, i) for i in range(8)), return_exceptions=True)
    for i, r in enumerate(results):
        if isinstance(r, Exception):
            print("result", i, "error", type(r).__name__, r)
        else:
            print("result", i, r)
    print(el(), "peak", peak, "locked", sem.locked())

asyncio.run(main())
