import asyncio
async def w(n, d):
    await asyncio.sleep(d)
    return n
async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(w(n, 0.1)) for n in "abcd"]
    print([await f for f in asyncio.as_completed(ts)])
    ts = [asyncio.create_task(w(n, d)) for n, d in (("p", 0.2), ("q", 0.1), ("r", 0.2), ("s", 0.1))]
    print([await f for f in asyncio.as_completed(reversed(ts))])
    fs = [loop.create_future() for _ in range(3)]
    for i in (2, 0, 1):
        loop.call_soon(fs[i].set_result, f"f{i}")
    print([await f for f in asyncio.as_completed(fs)])
    pre = asyncio.create_task(w("pre", 0))
    await asyncio.sleep(0.01)
    print([await f for f in asyncio.as_completed([asyncio.create_task(w("late", 0.1)), pre])])
asyncio.run(main())
