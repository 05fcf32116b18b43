import asyncio
async def quick(i):
    return i * 2
async def slowish(i):
    await asyncio.sleep(0)
    return i * 3
async def main():
    a = asyncio.create_task(quick(1))
    b = asyncio.create_task(slowish(2))
    print("before yield:", a.done(), b.done())
    await asyncio.sleep(0)
    print("after 1 yield:", a.done(), b.done())
    await asyncio.sleep(0)
    print("after 2 yields:", a.done(), b.done())
    print(await a, await b)
asyncio.run(main())
