import asyncio
async def raises_in_cleanup(name, exc):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "cleanup after", repr(str(e)))
        await asyncio.sleep(0.01)
        raise exc
async def main():
    # plain task: cancel -> finally raises -> task ends with that error, not cancelled
    t = asyncio.create_task(raises_in_cleanup("t1", ValueError("v1")))
    await asyncio.sleep(0.05)
    print("cancel ->", t.cancel("go"))
    try:
        await t
    except ValueError as e:
        print("await t1:", type(e).__name__, e, "cancelled", t.cancelled(), "ctx", type(e.__context__).__name__)
    # wait_for timeout, inner converts cancellation to an error
    try:
        await asyncio.wait_for(raises_in_cleanup("t2", KeyError("k2")), 0.05)
    except KeyError as e:
        print("wait_for:", type(e).__name__, e)
    except TimeoutError:
        print("wait_for: TimeoutError")
    # timeout cm, inner converts cancellation to an error
    try:
        async with asyncio.timeout(0.05) as cm:
            await raises_in_cleanup("t3", IndexError("i3"))
    except IndexError as e:
        print("timeout cm:", type(e).__name__, e, "expired", cm.expired(), "cancelling", asyncio.current_task().cancelling())
    # gather cancelled from outside with a child that raises in cleanup
    a = asyncio.create_task(raises_in_cleanup("ga", ValueError("ga-err")))
    b = asyncio.create_task(asyncio.sleep(1, "b"))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.05)
    print("g.cancel ->", g.cancel("gmsg"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", repr(str(e)), "g.cancelled", g.cancelled())
    except ValueError as e:
        print("gather raised ValueError", e, "g.cancelled", g.cancelled())
    print("a done yet", a.done())
    await asyncio.sleep(0.05)
    print("a:", a.done(), a.cancelled(), type(a.exception()).__name__, "b:", b.cancelled())
    # gather with return_exceptions cancelled from outside
    a = asyncio.create_task(raises_in_cleanup("gb", ValueError("gb-err")))
    b = asyncio.create_task(asyncio.sleep(1, "b"))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0.05)
    g.cancel()
    try:
        r = await g
        print("gather(return_exceptions) returned", [type(x).__name__ for x in r])
    except asyncio.CancelledError as e:
        print("gather(return_exceptions) raised CancelledError", g.cancelled())
asyncio.run(main())
