import asyncio

async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, "woke")

async def parent(name):
    asyncio.create_task(sleeper(name + ".child", 1))
    await asyncio.sleep(1)
    print(name, "woke")

async def timed(name):
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print(name, "timed out")

async def waited(name):
    try:
        await asyncio.wait_for(asyncio.sleep(5), 1)
    except TimeoutError:
        print(name, "wait_for timed out")

async def yielder(name):
    for i in range(3):
        await asyncio.sleep(0)
        print(name, "step", i)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ts = [asyncio.create_task(sleeper("a", 1)), asyncio.create_task(parent("p"))]
    ts.append(asyncio.create_task(timed("t")))
    ts.append(asyncio.create_task(waited("w")))
    await asyncio.sleep(1)
    print("main woke", round(loop.time() - t0, 2))
    await asyncio.gather(*ts)
    print("round 2")
    g = asyncio.gather(sleeper("g1", 1), sleeper("g2", 1))
    await asyncio.sleep(1)
    print("main woke again")
    await g
    print("round 3")
    y = asyncio.create_task(yielder("y"))
    for i in range(3):
        print("main step", i)
        await asyncio.sleep(0)
    await y
    print("round 4")
    s = asyncio.create_task(asyncio.sleep(1, "direct sleep"))
    s.add_done_callback(lambda t: print(t.result()))
    await asyncio.sleep(1)
    print("main after direct")
    await s
    print("round 5: cancel before the restart")
    c = asyncio.create_task(sleeper("c", 1))
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled", c.cancelled())
    z = asyncio.create_task(yielder("z"))
    z.cancel("stop")
    try:
        await z
    except asyncio.CancelledError as e:
        print("z cancelled", e.args[0], z.cancelled())
    print("done", round(loop.time() - t0, 2))

asyncio.run(main())
