# Seed 001 §7: func1/func2 (+ func3) with different sleeps, ensure_future + loop.run_until_complete(asyncio.wait(tasks))
import asyncio, time

async def func1():
    print(1)
    await asyncio.sleep(0.2)
    print(2)
    return "f1"

async def func2():
    print(3)
    await asyncio.sleep(0.1)
    print(4)
    return "f2"

async def func3():
    print(5)
    await asyncio.sleep(0.3)
    print(6)
    return "f3"

tasks = [asyncio.ensure_future(func1()), asyncio.ensure_future(func2()), asyncio.ensure_future(func3())]
start = time.perf_counter()
loop = asyncio.get_event_loop()
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(len(done), len(pending))
print(*[t.result() for t in tasks])
print(round(time.perf_counter() - start, 1))
