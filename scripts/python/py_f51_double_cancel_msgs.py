import asyncio
async def inner():
    await asyncio.sleep(1)
async def victim(kind):
    loop = asyncio.get_running_loop()
    try:
        if kind == "future":
            await loop.create_future()
        elif kind == "sleep":
            await asyncio.sleep(1)
        elif kind == "task":
            await asyncio.create_task(inner())
    except asyncio.CancelledError as e:
        print(kind, "sees", repr(str(e)), "cancelling", asyncio.current_task().cancelling())
        raise
async def main():
    for kind in ("future", "sleep", "task"):
        t = asyncio.create_task(victim(kind))
        await asyncio.sleep(0)
        print(kind, t.cancel("first"), t.cancel("second"), t.cancelling())
        try:
            await t
        except asyncio.CancelledError as e:
            print(kind, "outer sees", repr(str(e)))
asyncio.run(main())
