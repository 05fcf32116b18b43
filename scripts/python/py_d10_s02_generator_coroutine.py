# Seed 001 §6: generator-based coroutines (@asyncio.coroutine + yield from), here with types.coroutine (3.11)
import asyncio, time, types

@types.coroutine
def func1():
    print(1)
    yield from asyncio.sleep(0.2)
    print(2)
    return "one"

@types.coroutine
def func2():
    print(3)
    r = yield from func1()
    print(4, r)
    yield from asyncio.sleep(0.1)
    return "two"

@types.coroutine
def func3():
    print(5)
    yield from asyncio.sleep(0.1)
    raise ValueError("func3 failed")

tasks = [asyncio.ensure_future(func1()), asyncio.ensure_future(func2()), asyncio.ensure_future(func3())]
start = time.perf_counter()
loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))
for t in tasks:
    if t.exception() is not None:
        print("error:", type(t.exception()).__name__, t.exception())
    else:
        print("result:", t.result())
print(round(time.perf_counter() - start, 1))
