import asyncio
async def child(name, d, cleanup=0, fail_in_cleanup=False):
    try:
        await asyncio.sleep(d)
        print(name, "done")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(str(e)), "cancelling", asyncio.current_task().cancelling())
        if cleanup:
            await asyncio.sleep(cleanup)
            print(name, "cleanup done")
        if fail_in_cleanup:
            raise ValueError(name + " cleanup")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    # 1: timeout around a TaskGroup
    try:
        async with asyncio.timeout(0.1) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("a", 0.05))
                tg.create_task(child("b", 0.5, cleanup=0.05))
                print("body waiting")
        print("not reached")
    except TimeoutError:
        print("1 TimeoutError at", el(), cm.expired(), "cancelling", asyncio.current_task().cancelling())
    # 2: same, a child raises during its cleanup
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.1) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("c", 0.5, cleanup=0.02, fail_in_cleanup=True))
                tg.create_task(asyncio.sleep(0.5))
    except TimeoutError:
        print("2 TimeoutError at", el())
    except ExceptionGroup as eg:
        print("2 ExceptionGroup at", el(), [str(e) for e in eg.exceptions], "expired", cm.expired(), "cancelling", asyncio.current_task().cancelling())
    # 3: timeout inside a TaskGroup child; the child converts the timeout into a result
    async def bounded(name, d, limit):
        try:
            async with asyncio.timeout(limit):
                await asyncio.sleep(d)
                return name + " in time"
        except TimeoutError:
            return name + " timed out"
    t0 = loop.time()
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(bounded("x", 0.05, 0.1))
        y = tg.create_task(bounded("y", 0.5, 0.1))
    print("3", x.result(), "|", y.result(), el())
    # 4: TaskGroup inside wait_for
    async def grouped():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("e", 0.5))
            tg.create_task(child("f", 0.5))
        return "grouped done"
    t0 = loop.time()
    try:
        await asyncio.wait_for(grouped(), 0.1)
    except TimeoutError:
        print("4 wait_for TimeoutError at", el())
    # 5: timeout around TaskGroup where body itself sleeps past deadline and children are quick
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("g", 0.01))
                await asyncio.sleep(1)
    except TimeoutError:
        print("5 TimeoutError at", el())
asyncio.run(main())
