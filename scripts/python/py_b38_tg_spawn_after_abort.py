import asyncio
async def nothing():
    return 0
async def fail():
    await asyncio.sleep(0.01)
    raise KeyError("boom")
async def spawner(tg):
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        c = nothing()
        try:
            tg.create_task(c)
        except RuntimeError as e:
            print("spawn while aborting:", type(e).__name__, e)
        c.close()
        raise
async def main():
    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(spawner(tg))
            tg.create_task(fail())
    except* KeyError as eg:
        print("group failed", [type(e).__name__ for e in eg.exceptions])
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("spawn after failed group:", type(e).__name__, e)
    c.close()
asyncio.run(main())
