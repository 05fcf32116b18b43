import asyncio

async def child(n, d):
    try:
        await asyncio.sleep(d)
        print("child", n, "done")
        return n
    finally:
        print("child", n, "finally")

async def group(spec):
    res = []
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(child(n, d)) for n, d in spec]
    return [t.result() for t in ts]

async def tg_with_inner_timeout():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("x", 0.3))
        try:
            async with asyncio.timeout(0.1):
                await asyncio.sleep(1)
        except TimeoutError:
            print("body timed out inside group; continuing")
        tg.create_task(child("y", 0.1))
    print("group finished normally")

async def main():
    print("r1", await asyncio.wait_for(group([(1, 0.1), (2, 0.2)]), 1))
    try:
        await asyncio.wait_for(group([(3, 0.1), (4, 0.5)]), 0.3)
    except asyncio.TimeoutError as e:
        print("r2 TimeoutError", type(e.__cause__).__name__)
    await tg_with_inner_timeout()
    t = asyncio.create_task(asyncio.wait_for(group([(5, 0.5)]), 1))
    await asyncio.sleep(0.1)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print("r3", type(r[0]).__name__)

asyncio.run(main())
