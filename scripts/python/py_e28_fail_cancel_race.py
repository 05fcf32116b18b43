import asyncio
async def a():
    await asyncio.sleep(0.1)
    print("a raising")
    raise ValueError("a failed")
async def b(t):
    try:
        await t
    except ValueError as e:
        print("b got ValueError", str(e))
        return "b handled"
    except asyncio.CancelledError as e:
        print("b got CancelledError", repr(str(e)))
        raise
async def main():
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b(ta))
    await asyncio.sleep(0)
    await asyncio.sleep(0.1)
    print("main cancels b; a done?", ta.done())
    print("cancel ->", tb.cancel("late"))
    r = await asyncio.gather(tb, return_exceptions=True)
    print("b result", type(r[0]).__name__, tb.cancelled())
    # cancel after awaited future failed, using call_soon from a done callback
    fut = asyncio.get_running_loop().create_future()
    tc = asyncio.create_task(b(fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("fut cb; cancel tc ->", tc.cancel("from cb")))
    fut.set_exception(ValueError("fut failed"))
    r = await asyncio.gather(tc, return_exceptions=True)
    print("c result", type(r[0]).__name__, tc.cancelled())
asyncio.run(main())
