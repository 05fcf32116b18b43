import asyncio

async def swallower(tag, extra):
    try:
        await asyncio.sleep(1)
        return tag + "-normal"
    except asyncio.CancelledError:
        print(tag, "swallowing")
        if extra:
            await asyncio.sleep(extra)
        return tag + "-swallowed"

async def reraiser_other():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise KeyError("converted")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for tag, extra in [("A", 0), ("B", 0.2)]:
        try:
            r = await asyncio.wait_for(swallower(tag, extra), 0.1)
            print(tag, "wait_for returned", r, round(loop.time() - t0, 2))
        except asyncio.TimeoutError:
            print(tag, "TimeoutError", round(loop.time() - t0, 2))
    try:
        await asyncio.wait_for(reraiser_other(), 0.1)
    except asyncio.TimeoutError:
        print("C TimeoutError")
    except KeyError as e:
        print("C KeyError", e)
    # same with timeout()
    try:
        async with asyncio.timeout(0.1) as cm:
            r = await swallower("D", 0)
        print("D block returned", r, "expired", cm.expired())
    except TimeoutError:
        print("D TimeoutError")
    # same with a task as inner
    t = asyncio.create_task(swallower("E", 0))
    try:
        r = await asyncio.wait_for(t, 0.1)
        print("E wait_for returned", r, "task cancelled", t.cancelled())
    except asyncio.TimeoutError:
        print("E TimeoutError")
    print("cancelling at end", asyncio.current_task().cancelling())

asyncio.run(main())
