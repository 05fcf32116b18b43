# Seed 000 "信号量": Semaphore(2) limits 5 tasks to two at a time; one task fails and still releases
import asyncio, time

async def request(sem, i):
    async with sem:
        print("start", i, round(time.perf_counter() - t0, 1))
        await asyncio.sleep(0.2 if i != 2 else 0.1)
        if i == 2:
            raise RuntimeError("request 2 failed")
        print("end", i, round(time.perf_counter() - t0, 1))
        return i

async def main():
    sem = asyncio.Semaphore(2)
    res = await asyncio.gather(*(request(sem, i) for i in range(5)), return_exceptions=True)
    print(*[r if isinstance(r, int) else f"{type(r).__name__}({r})" for r in res])
    print("locked?", str(sem.locked()).lower(), "total", round(time.perf_counter() - t0, 1))

t0 = time.perf_counter()
asyncio.run(main())
