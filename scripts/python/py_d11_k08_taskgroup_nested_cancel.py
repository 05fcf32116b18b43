import asyncio
async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(str(e)))
        raise
async def failer(name, d):
    await asyncio.sleep(d)
    print(name, "raising")
    raise ValueError(name)
def show(eg, depth=0):
    print("  " * depth + type(eg).__name__, repr(eg.message), len(eg.exceptions))
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show(e, depth + 1)
        else:
            print("  " * (depth + 1) + type(e).__name__, str(e))
async def inner_group(tag, fail_at):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(tag + "-s1", 0.5))
            if fail_at is not None:
                tg.create_task(failer(tag + "-f", fail_at))
            tg.create_task(sleeper(tag + "-s2", 0.05))
        print(tag, "group exited normally")
    except asyncio.CancelledError:
        print(tag, "inner group got CancelledError, cancelling", asyncio.current_task().cancelling())
        raise
async def main():
    # inner group fails -> outer group aborts
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group("A", 0.1))
            outer.create_task(sleeper("outer-s", 1))
            await asyncio.sleep(0.3)
            print("outer body not reached")
    except ExceptionGroup as eg:
        show(eg)
    except asyncio.CancelledError:
        print("outer body wrongly cancelled")
    print("---")
    # outer sibling fails -> inner groups get cancelled
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group("B", None))
            outer.create_task(inner_group("C", None))
            outer.create_task(failer("outer-f", 0.1))
    except ExceptionGroup as eg:
        show(eg)
    print("---")
    # outer task cancelled from outside while nested groups run
    async def runner():
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group("D", None))
            await asyncio.sleep(1)
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    t.cancel("ext")
    try:
        await t
    except asyncio.CancelledError as e:
        print("runner cancelled", t.cancelled(), repr(str(e)))
asyncio.run(main())
