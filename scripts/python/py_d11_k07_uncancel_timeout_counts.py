import asyncio
def cur():
    return asyncio.current_task()
async def case1():
    # swallow an external cancel WITHOUT uncancel, then a timeout expires
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("c1 swallowed, cancelling", cur().cancelling())
    try:
        async with asyncio.timeout(0.1) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("c1 TimeoutError, cancelling", cur().cancelling())
    except asyncio.CancelledError:
        print("c1 CancelledError instead, cancelling", cur().cancelling(), "expired", cm.expired())
    return "c1 end"
async def case2():
    # external cancel arrives inside the timeout block, swallowed inside, then timeout expires
    try:
        async with asyncio.timeout(0.3) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("c2 swallowed inside, cancelling", cur().cancelling())
            await asyncio.sleep(1)
    except TimeoutError:
        print("c2 TimeoutError, cancelling", cur().cancelling())
    except asyncio.CancelledError:
        print("c2 CancelledError, cancelling", cur().cancelling(), "expired", cm.expired())
    return "c2 end"
async def case3():
    # same, but uncancel after swallowing
    try:
        async with asyncio.timeout(0.3) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("c3 swallowed, uncancel ->", cur().uncancel())
            await asyncio.sleep(1)
    except TimeoutError:
        print("c3 TimeoutError, cancelling", cur().cancelling())
    except asyncio.CancelledError:
        print("c3 CancelledError, cancelling", cur().cancelling())
    return "c3 end"
async def case4():
    # wait_for inside a task that has a pending (swallowed) cancel count
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("c4 swallowed, cancelling", cur().cancelling())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.1)
    except TimeoutError:
        print("c4 wait_for TimeoutError, cancelling", cur().cancelling())
    return "c4 end"
async def main():
    for fn in (case1, case2, case3, case4):
        t = asyncio.create_task(fn())
        await asyncio.sleep(0.05)
        t.cancel()
        try:
            print("result:", await t, "cancelled", t.cancelled(), "cancelling", t.cancelling())
        except asyncio.CancelledError:
            print("task ended cancelled", t.cancelled(), "cancelling", t.cancelling())
asyncio.run(main())
