import asyncio
async def leaf():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("leaf sees", repr(str(e)), "args", e.args)
        raise
async def middle():
    try:
        await leaf()
    except asyncio.CancelledError as e:
        print("middle (same task) sees", repr(str(e)))
        raise
async def outer_layer(inner_task):
    try:
        await inner_task
    except asyncio.CancelledError as e:
        print("outer_layer sees", repr(str(e)))
        raise
async def top(t):
    try:
        await asyncio.gather(t)
    except asyncio.CancelledError as e:
        print("top (via gather) sees", repr(str(e)))
        raise
async def main():
    t1 = asyncio.create_task(middle(), name="mid")
    t2 = asyncio.create_task(outer_layer(t1), name="outer")
    t3 = asyncio.create_task(top(t2), name="top")
    await asyncio.sleep(0.1)
    # cancel the innermost: propagates outward as task results
    t1.cancel("from the bottom")
    for t in (t1, t2, t3):
        try:
            await t
        except asyncio.CancelledError as e:
            print(t.get_name(), "raised", repr(str(e)), "cancelled", t.cancelled())
    print("---")
    t1 = asyncio.create_task(middle(), name="mid")
    t2 = asyncio.create_task(outer_layer(t1), name="outer")
    t3 = asyncio.create_task(top(t2), name="top")
    await asyncio.sleep(0.1)
    # cancel the outermost: propagates inward
    t3.cancel("from the top")
    for t in (t3, t2, t1):
        try:
            await t
        except asyncio.CancelledError as e:
            print(t.get_name(), "raised", repr(str(e)), "cancelled", t.cancelled(), "cancelling", t.cancelling())
asyncio.run(main())
