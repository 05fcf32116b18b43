import asyncio
async def inner():
    try:
        await asyncio.sleep(0.1)
        print("inner finished normally")
        return "inner"
    except asyncio.CancelledError as e:
        print("inner cancelled", repr(str(e)))
        raise
async def outer(it):
    asyncio.current_task().cancel("must")
    try:
        await it
    except asyncio.CancelledError as e:
        print("outer got CancelledError", repr(str(e)))
        raise
async def main():
    it = asyncio.create_task(inner())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0.2)
    print("inner cancelled?", it.cancelled(), "outer cancelled?", ot.cancelled())
asyncio.run(main())
