import asyncio
async def ok(n):
    await asyncio.sleep(n / 10)
    return n
async def bad(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f"bad{n}")
async def main():
    r = await asyncio.gather(ok(3), bad(1), ok(2), bad(4), return_exceptions=True)
    print([x if isinstance(x, int) else f"{type(x).__name__}:{x}" for x in r])
asyncio.run(main())
