import asyncio
async def bad(n, d):
    await asyncio.sleep(d)
    raise ValueError(f"bad{n}")
async def main():
    try:
        await asyncio.gather(bad(1, 0.1), bad(2, 0.2), bad(3, 0.3))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(1)
    t = asyncio.create_task(bad(4, 0.1))
    await asyncio.wait([t])
    print("wait does not retrieve; done", t.done())
    t.exception()
    print("end")
asyncio.run(main())
