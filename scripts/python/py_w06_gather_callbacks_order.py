import asyncio
async def w(n, d):
    await asyncio.sleep(d)
    print("body end", n)
    return n
async def main():
    ts = [asyncio.create_task(w(n, d)) for n, d in (("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 0.1))]
    for t, n in zip(ts, "abcd"):
        t.add_done_callback(lambda _, n=n: print("cb", n))
    g = asyncio.gather(*ts)
    g.add_done_callback(lambda g: print("gather cb", g.result()))
    for t, n in zip(ts, "abcd"):
        t.add_done_callback(lambda _, n=n: print("late cb", n))
    r = await g
    print("main got", r)
asyncio.run(main())
