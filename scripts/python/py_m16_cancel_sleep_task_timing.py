import asyncio
async def w():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    u = asyncio.create_task(w())
    await asyncio.sleep(0)
    t.cancel()
    u.cancel()
    await asyncio.sleep(0)
    print("sleep task done", t.done(), "coroutine task done", u.done())
    await asyncio.sleep(0)
    print("sleep task done", t.done(), "coroutine task done", u.done())
asyncio.run(main())
