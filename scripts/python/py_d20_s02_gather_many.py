# gather of many coroutines with varied sleeps; completion order and result order
import asyncio

order = []

async def work(i):
    d = (i * 7 % 5) / 10
    print("start", i)
    await asyncio.sleep(d)
    order.append(i)
    return i * i

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(*[work(i) for i in range(10)])
    print(" ".join(map(str, results)))
    print(" ".join(map(str, order)))
    print("elapsed", round(loop.time() - t0, 2))

asyncio.run(main())
