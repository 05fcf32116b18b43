import asyncio
async def w(n, d):
    await asyncio.sleep(d)
    return n
async def main():
    ts = [asyncio.create_task(w(i, d), name=f"t{i}") for i, d in ((1, 0.2), (2, 0.1), (3, 0.1), (4, 0.3))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    order = [await f for f in asyncio.as_completed([w("a", 0.1), w("b", 0.15), w("c", 0.05), w("d", 0.12)])]
    print(order)
    await asyncio.wait(ts)
asyncio.run(main())
