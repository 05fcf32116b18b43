import asyncio
class Boom(Exception):
    pass
async def ok():
    await asyncio.sleep(0.01)
    return 42
async def bad():
    await asyncio.sleep(0.01)
    raise Boom("bad")
async def main():
    t = asyncio.create_task(ok())
    for label, fn in [("result", t.result), ("exception", t.exception)]:
        try:
            fn()
        except Exception as e:
            print("pending", label, type(e).__name__, repr(str(e)))
    print("await 1", await t, "await 2", await t)
    print("cancel finished:", t.cancel(), t.cancelled(), t.result())
    b = asyncio.create_task(bad())
    errs = []
    for i in range(2):
        try:
            await b
        except Boom as e:
            errs.append(e)
            print("await failed task", i, type(e).__name__, e)
    print("same exception object", errs[0] is errs[1], b.exception() is errs[0])
    try:
        b.result()
    except Boom as e:
        print("result() re-raises", e is errs[0])
    print("cancel failed:", b.cancel(), b.cancelled())
    c = asyncio.create_task(ok())
    await asyncio.sleep(0)
    print("cancel pending 1:", c.cancel(), "2:", c.cancel(), "cancelling", c.cancelling())
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled", c.cancelled())
    print("cancel cancelled:", c.cancel(), c.cancelling())
    for label, fn in [("result", c.result), ("exception", c.exception)]:
        try:
            fn()
        except asyncio.CancelledError as e:
            print("cancelled", label, type(e).__name__)
asyncio.run(main())
