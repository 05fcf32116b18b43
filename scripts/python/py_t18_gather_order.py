import asyncio
async def w(n, d):
    print("start", n)
    await asyncio.sleep(d)
    print("end", n)
    return n * 10
async def main():
    r = await asyncio.gather(w(1, 0.3), w(2, 0.1), w(3, 0.2), asyncio.sleep(0.05, "s"))
    print(" ".join(map(str, r)))
    r = await asyncio.gather()
    print("empty", len(r))
asyncio.run(main())
