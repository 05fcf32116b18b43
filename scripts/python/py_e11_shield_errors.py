import asyncio
async def inner(d, fail):
    await asyncio.sleep(d)
    if fail:
        print("inner raising")
        raise ValueError("inner failed")
    print("inner ok")
    return "ok"
async def main():
    try:
        await asyncio.shield(inner(0.1, True))
    except ValueError as e:
        print("1", type(e).__name__, str(e))
    # outer cancelled, inner later fails: nobody retrieves? shield marks it retrieved
    t = asyncio.create_task(inner(0.2, True))
    async def waiter():
        try:
            await asyncio.shield(t)
        except asyncio.CancelledError:
            print("waiter cancelled")
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("2 w cancelled", w.cancelled(), t.done())
    await asyncio.sleep(0.2)
    print("t", t.done(), type(t.exception()).__name__)
    # shield with wait_for: timeout, inner keeps running and fails later
    t2 = asyncio.ensure_future(inner(0.5, True))
    try:
        await asyncio.wait_for(asyncio.shield(t2), 0.1)
    except TimeoutError as e:
        print("3", type(e).__name__, t2.done())
    try:
        await t2
    except ValueError as e:
        print("3b", str(e))
asyncio.run(main())
