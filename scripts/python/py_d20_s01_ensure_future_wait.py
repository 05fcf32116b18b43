# func1/func2 with sleeps, ensure_future + wait, results and elapsed
import asyncio

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

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.ensure_future(func1()), asyncio.ensure_future(func2())]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(" ".join(sorted(t.result() for t in done)))
    print(" ".join(t.result() for t in tasks))
    print("elapsed", round(loop.time() - t0, 2))

asyncio.run(main())
