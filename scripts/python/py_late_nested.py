import asyncio

async def leaf(name, d):
    await asyncio.sleep(d)
    print(name, "woke")

async def spawner(name):
    inner = asyncio.create_task(leaf(name + ".inner", 1))
    await asyncio.sleep(1)
    print(name, "woke")
    await inner

async def waiter(name):
    t = asyncio.create_task(leaf(name + ".slow", 5))
    done, pending = await asyncio.wait([t], timeout=1)
    print(name, "wait returned", len(done), len(pending))
    t.cancel()

async def at_deadline(name):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 1):
            await asyncio.sleep(5)
    except TimeoutError:
        print(name, "timeout_at expired")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    a = asyncio.create_task(spawner("A"))
    g = asyncio.gather(spawner("G1"), leaf("G2", 1))
    w = asyncio.create_task(waiter("W"))
    d = asyncio.create_task(at_deadline("D"))
    await asyncio.sleep(1)
    print("main woke")
    await asyncio.gather(a, g, w, d)
    print("main done", round(loop.time() - t0, 1))

asyncio.run(main())
