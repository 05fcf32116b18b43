import asyncio
async def selfcancel():
    asyncio.current_task().cancel("self")
    print("still running after self-cancel")
    try:
        await asyncio.sleep(0)
        print("not here")
    except asyncio.CancelledError as e:
        print("caught", str(e))
    await asyncio.sleep(0)
    print("continues")
    raise asyncio.CancelledError("manual")
async def main():
    t = asyncio.create_task(selfcancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got CancelledError", t.cancelled())
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel()
    print("uncancel", t2.uncancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 still cancelled", t2.cancelled())
asyncio.run(main())
