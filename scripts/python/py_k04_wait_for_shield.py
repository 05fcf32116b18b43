import asyncio

async def important(n):
    try:
        await asyncio.sleep(0.5)
        print("important", n, "completed")
        return f"val{n}"
    finally:
        print("important", n, "finally")

async def main():
    inner = asyncio.ensure_future(important(1))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.2)
    except asyncio.TimeoutError:
        print("timeout; inner done", inner.done(), "cancelled", inner.cancelled())
    print("awaiting inner:", await inner)
    inner2 = asyncio.ensure_future(important(2))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(inner2)
    except TimeoutError:
        print("timeout cm; inner2 done", inner2.done(), "cancelling", inner2.cancelling())
    # cancel the outer task awaiting a shield
    inner3 = asyncio.ensure_future(important(3))
    async def waiter():
        try:
            return await asyncio.shield(inner3)
        except asyncio.CancelledError:
            print("waiter cancelled; inner3 done", inner3.done())
            raise
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    wt.cancel()
    try:
        await wt
    except asyncio.CancelledError:
        print("wt cancelled", wt.cancelled())
    print("gather:", await asyncio.gather(inner2, inner3))

asyncio.run(main())
