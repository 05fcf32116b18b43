import asyncio
async def work(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")

async def shielded(name, d):
    return await asyncio.shield(work(name, d))

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.3))
        b = tg.create_task(shielded("b", 0.2))
    return a.result()

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        print(await asyncio.wait_for(inner_group(), 0.1))
    except TimeoutError:
        print("timed out at", round(loop.time() - t0, 2))
    await asyncio.sleep(0.2)
    print("end at", round(loop.time() - t0, 2))
    try:
        async with asyncio.timeout(0.15):
            r = await asyncio.gather(work("c", 0.1), asyncio.shield(work("d", 0.3)), return_exceptions=True)
            print("gather", r)
    except TimeoutError:
        print("outer timeout at", round(loop.time() - t0, 2))
    await asyncio.sleep(0.3)
    print("done at", round(loop.time() - t0, 2))
asyncio.run(main())
