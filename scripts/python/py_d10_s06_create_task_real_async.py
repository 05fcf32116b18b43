# Seed 003 "asyncIO 的 task": real_async(n) via create_task, awaited in reverse order, elapsed per task
import asyncio, time

async def real_async(n):  # JS port uses asyncio.coroutine: Python's lazy start matters here
    print("this is real async func", n)
    s_time = time.perf_counter()
    await asyncio.sleep(n)
    d_time = time.perf_counter() - s_time
    print(f"end sleep {round(d_time, 1)}")
    return n

async def do_it():
    print("invoke real async")
    t1 = asyncio.create_task(real_async(0.3))
    t2 = asyncio.create_task(real_async(0.1))
    t3 = asyncio.create_task(real_async(0.2), name="third")
    print(t3.get_name(), str(t3.done()).lower())
    r3 = await t3
    print("t3 ->", r3, "t1 done?", str(t1.done()).lower(), "t2 done?", str(t2.done()).lower())
    r1 = await t1
    r2 = await t2
    print(r1, r2, r3, round(time.perf_counter() - t0, 1))

t0 = time.perf_counter()
asyncio.run(do_it())
