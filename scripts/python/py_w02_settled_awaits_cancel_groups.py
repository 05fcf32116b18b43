import asyncio

async def get(k):
    return k

async def child(name, fail=False, d=0.1):
    x = await get(name)
    print("child", x, "step")
    try:
        if fail:
            raise ValueError(f"{name} broke")
        await asyncio.sleep(d)
        print("child", x, "done")
    except asyncio.CancelledError:
        print("child", x, "cancelled")
        raise
    finally:
        print("child", x, "finally")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a"))
            tg.create_task(child("b", fail=True))
            tg.create_task(child("c"))
    except* ValueError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.timeout(0.05):
            await asyncio.gather(child("d", d=1), child("e", d=0.01))
    except TimeoutError:
        print("timeout")
    t = asyncio.create_task(child("f"))
    u = asyncio.create_task(child("g"))
    await asyncio.sleep(0)
    t.cancel()
    u.cancel()
    res = await asyncio.gather(t, u, return_exceptions=True)
    print([type(r).__name__ for r in res])
    s = asyncio.shield(child("h", d=0.05))
    w = asyncio.create_task(asyncio.wait_for(s, 0.01))
    try:
        await w
    except TimeoutError:
        print("wait_for on shield timed out")
    print(await s)

asyncio.run(main())
