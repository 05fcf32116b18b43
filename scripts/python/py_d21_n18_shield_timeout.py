import asyncio
async def save(name, d):
    print(f"save {name} begin")
    await asyncio.sleep(d)
    print(f"save {name} committed")
    return name
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    t = asyncio.create_task(save("db", 0.3))
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.1)
    except TimeoutError:
        print("timeout at", round(loop.time()-t0, 1), "task done?", t.done())
    print("result later:", await t, round(loop.time()-t0, 1))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(save("log", 0.2))
    except TimeoutError:
        print("timeout 2 at", round(loop.time()-t0, 1))
    await asyncio.sleep(0.2)
    print("end", round(loop.time()-t0, 1))
asyncio.run(main())
