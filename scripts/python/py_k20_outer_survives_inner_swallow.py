import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
        return "inner-normal"
    except asyncio.CancelledError:
        print("inner swallows")
        return "inner-swallowed"

async def outer():
    me = asyncio.current_task()
    r = await asyncio.create_task(inner())
    print("outer got", r, "cancelling", me.cancelling())
    await asyncio.sleep(0.1)
    print("outer continued past next sleep")
    return "outer-done"

async def outer_gather():
    await asyncio.sleep(0)
    me = asyncio.current_task()
    try:
        r = await asyncio.gather(asyncio.create_task(inner()), asyncio.create_task(inner()))
        print("gather returned", r)
    except asyncio.CancelledError:
        print("outer_gather got CancelledError; cancelling", me.cancelling())
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.05)
    print("cancel ->", t.cancel())
    print("result", await t, "cancelled", t.cancelled(), "cancelling", t.cancelling())
    t = asyncio.create_task(outer_gather())
    await asyncio.sleep(0.05)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print("outer_gather", type(r[0]).__name__, t.cancelled())

asyncio.run(main())
