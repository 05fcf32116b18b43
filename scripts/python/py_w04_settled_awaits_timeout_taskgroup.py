import asyncio

async def get(x):
    return x

async def sub(name):
    v = await get(name)
    print("sub", v)
    await asyncio.sleep(0.05)
    return v

async def worker(name, limit):
    try:
        async with asyncio.timeout(limit):
            v = await get(name)
            print("worker", v, "in timeout")
            t = asyncio.create_task(sub(name + "-sub"))
            v2 = await get(v)
            print("worker", v2, "made sub")
            await asyncio.sleep(0.1)
            print("worker", v, "slept")
            return await t
    except TimeoutError:
        print("worker", name, "timed out", asyncio.current_task().get_name())
        return None

async def main():
    print(await asyncio.gather(worker("A", 0.2), worker("B", 0.05)))
    async def grp(name):
        v = await get(name)
        async with asyncio.TaskGroup() as tg:
            print("grp", v, "entered")
            t1 = tg.create_task(sub(v + "1"))
            w = await get(v)
            t2 = tg.create_task(sub(w + "2"))
        return t1.result() + t2.result()
    print(await asyncio.gather(grp("X"), grp("Y")))
    names = []
    async def named():
        await get(0)
        names.append(asyncio.current_task().get_name())
    ts = [asyncio.create_task(named(), name=f"n{i}") for i in range(3)]
    await asyncio.wait(ts)
    print(names)

asyncio.run(main())
