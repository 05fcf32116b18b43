import asyncio
async def spinner():
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("spinner cancelled after", n, "steps", repr(str(e)))
        raise
async def main():
    t = asyncio.create_task(spinner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("spin"))
    print("cancel again ->", t.cancel("spin2"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main", repr(str(e)))
asyncio.run(main())
