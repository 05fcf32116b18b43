import asyncio
async def child(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            print(name, "fails")
            raise ValueError(name)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
def names(eg):
    return " | ".join(type(e).__name__ + ":" + str(e) for e in eg.exceptions)
async def main():
    cur = asyncio.current_task()
    # 1: body raises while children run
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.5))
            tg.create_task(child("b", 0.05, fail=True))
            await asyncio.sleep(0.01)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("1", names(eg), "cancelling", cur.cancelling())
    # 2: child fails, then body (in a finally) raises
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", 0.05, fail=True))
            try:
                await asyncio.sleep(1)
            finally:
                raise IndexError("body finally")
    except ExceptionGroup as eg:
        print("2", names(eg), "cancelling", cur.cancelling())
    # 3: external cancel and a child failure at once
    async def runner():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("d", 0.1, fail=True))
                tg.create_task(child("e", 1))
                await asyncio.sleep(1)
        except ExceptionGroup as eg:
            print("3 runner ExceptionGroup", names(eg), "cancelling", asyncio.current_task().cancelling())
            return "eg"
        except asyncio.CancelledError:
            print("3 runner CancelledError, cancelling", asyncio.current_task().cancelling())
            raise
    t = asyncio.create_task(runner())
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    t.cancel("ext")
    try:
        print("3 result", await t, t.cancelled())
    except asyncio.CancelledError as e:
        print("3 cancelled", repr(str(e)))
    # 4: external cancel while the group is already aborting (children unwinding)
    async def slow_child():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            await asyncio.sleep(0.1)
            print("slow_child unwound")
            raise
    async def runner4():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow_child())
                tg.create_task(child("f", 0.05, fail=True))
        except ExceptionGroup as eg:
            print("4 runner ExceptionGroup", names(eg), "cancelling", asyncio.current_task().cancelling())
            return "eg4"
        except asyncio.CancelledError:
            print("4 runner CancelledError, cancelling", asyncio.current_task().cancelling())
            raise
    t = asyncio.create_task(runner4())
    await asyncio.sleep(0.1)
    t.cancel("ext4")
    try:
        print("4 result", await t, t.cancelled())
    except asyncio.CancelledError as e:
        print("4 cancelled", repr(str(e)))
asyncio.run(main())
