import asyncio
async def w(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(n)
    return n
async def main():
    for f in asyncio.as_completed([w("a", 0.3), w("b", 0.1, True), w("c", 0.2)]):
        try:
            print("got", await f)
        except ValueError as e:
            print("failed", e)
    t = asyncio.create_task(w("t", 0.1))
    print([await f for f in asyncio.as_completed([t])])
    print([await f for f in asyncio.as_completed([])])
asyncio.run(main())
