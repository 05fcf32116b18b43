import asyncio
async def work():
    await asyncio.sleep(0.01)
    return 5
async def main():
    c = work()
    t = asyncio.create_task(c)
    print("get_coro is coro", t.get_coro() is c)
    print("iscoroutine(get_coro)", asyncio.iscoroutine(t.get_coro()))
    print(await t)
    print("after done get_coro is coro", t.get_coro() is c)
asyncio.run(main())
