import asyncio
from norm import r
async def ok():
    await asyncio.sleep(1)
async def main():
    c = asyncio.create_task(ok(), name="c")
    await asyncio.sleep(0)
    print(r(c))
    c.cancel()
    print(r(c))
    b = asyncio.create_task(ok(), name="b")
    b.cancel()
    print(r(b))
    await asyncio.sleep(0)
asyncio.run(main())
