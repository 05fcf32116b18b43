import asyncio
async def inner(d):
    try:
        await asyncio.sleep(d)
        print("inner finished", d)
        return d
    except asyncio.CancelledError:
        print("inner cancelled", d)
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for d in (0.5, 1, 1.5):
        try:
            print("result", await asyncio.wait_for(inner(d), 1))
        except asyncio.TimeoutError:
            print("timeout for", d)
    t = asyncio.create_task(inner(2))
    await asyncio.sleep(1)
    try:
        print("result", await asyncio.wait_for(t, 1))
    except asyncio.TimeoutError:
        print("timeout for task", t.cancelled())
    print(f"{loop.time()-t0:.1f}")
asyncio.run(main())
