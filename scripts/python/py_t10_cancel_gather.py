import asyncio
async def w(n, d):
    try:
        await asyncio.sleep(d)
        print("w done", n)
        return n
    except asyncio.CancelledError:
        print("w cancelled", n)
        raise
async def main():
    g = asyncio.gather(w(1, 0.1), w(2, 1), w(3, 2))
    await asyncio.sleep(0.5)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("g.cancelled", g.cancelled())
asyncio.run(main())
