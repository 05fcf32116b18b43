import asyncio
async def main():
    obj = {"k": 1}
    print(await asyncio.sleep(0, "zero"))
    r = await asyncio.sleep(0.1, obj)
    print("same object", r is obj)
    print(await asyncio.sleep(-1, "neg"))
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0.1))
    print(await asyncio.sleep(0.1, None))
    print(await asyncio.sleep(0, 0), await asyncio.sleep(0, False), await asyncio.sleep(0, ""))
    t = asyncio.create_task(asyncio.sleep(0.2, "task result"))
    print(await t)
    print(await asyncio.gather(asyncio.sleep(0.1, 1), asyncio.sleep(0, 2), asyncio.sleep(-5, 3)))
    print(await asyncio.wait_for(asyncio.sleep(0.1, "wf"), 1))
asyncio.run(main())
