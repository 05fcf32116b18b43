import asyncio
async def leaf():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("leaf cancelled", repr(str(e)), "leaf cancelling", asyncio.current_task().cancelling())
        raise
async def mid(leaf_task):
    try:
        await leaf_task
    except asyncio.CancelledError as e:
        print("mid cancelled", repr(str(e)), "mid cancelling", asyncio.current_task().cancelling())
        raise
async def main():
    lt = asyncio.create_task(leaf())
    mt = asyncio.create_task(mid(lt))
    await asyncio.sleep(0)
    print("cancel mid ->", mt.cancel("from main"))
    print("cancelling: mid", mt.cancelling(), "leaf", lt.cancelling())
    res = await asyncio.gather(mt, lt, return_exceptions=True)
    print([type(r).__name__ for r in res], [str(r) for r in res])
    print("after: mid cancelling", mt.cancelling(), "leaf", lt.cancelling(), "cancelled", mt.cancelled(), lt.cancelled())
    print("cancel done ->", mt.cancel(), "cancelling still", mt.cancelling())
    print("uncancel done ->", mt.uncancel(), mt.uncancel(), mt.uncancel())
asyncio.run(main())
