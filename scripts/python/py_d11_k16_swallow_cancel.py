import asyncio
async def swallower(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "swallowed", repr(str(e)), "cancelling", asyncio.current_task().cancelling())
    print(name, "continues")
    await asyncio.sleep(0.05)
    print(name, "returns")
    return name + "-value"
async def loop_swallower():
    n = 0
    while n < 3:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            n += 1
            print("loop swallowed", n, "cancelling", asyncio.current_task().cancelling())
    return n
async def main():
    t = asyncio.create_task(swallower("s1"))
    await asyncio.sleep(0.05)
    t.cancel("please")
    r = await t
    print("s1 result", r, "cancelled", t.cancelled(), "cancelling", t.cancelling())
    # awaiting a swallower while the awaiter is cancelled
    t = asyncio.create_task(swallower("s2"))
    async def waiter():
        try:
            v = await t
            print("waiter got", v, "cancelling", asyncio.current_task().cancelling())
            await asyncio.sleep(0)
            print("waiter after sleep(0) (should not be reached?)")
            return v
        except asyncio.CancelledError as e:
            print("waiter CancelledError", repr(str(e)))
            raise
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0.05)
    wt.cancel("stop waiter")
    try:
        print("waiter result", await wt, wt.cancelled())
    except asyncio.CancelledError as e:
        print("waiter cancelled", repr(str(e)), wt.cancelled())
    print("s2 state", t.done(), t.cancelled())
    # repeated cancels of a loop swallower
    t = asyncio.create_task(loop_swallower())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
    print("loop result", await t, t.cancelled(), t.cancelling())
    # swallowed cancel then task returns before ever awaiting again
    async def quick_swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            pass
        return "quick"
    t = asyncio.create_task(quick_swallow())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("double-cancelled swallower ->", await t, t.cancelled(), t.cancelling())
asyncio.run(main())
