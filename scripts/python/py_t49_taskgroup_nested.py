import asyncio
async def fail(d, msg):
    await asyncio.sleep(d)
    raise ValueError(msg)
async def sleeper(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("sleeper", n, "cancelled")
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(sleeper("o1"))
            try:
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(sleeper("i1"))
                    inner.create_task(fail(0.1, "inner fail"))
                    await asyncio.sleep(1)
                    print("not reached")
            except* ValueError as eg:
                print("inner group:", [str(e) for e in eg.exceptions])
                raise RuntimeError("re-raised")
    except* RuntimeError as eg:
        print("outer group:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, "child"))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body sees CancelledError, cancelling =", asyncio.current_task().cancelling())
                raise
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions], "cancelling =", asyncio.current_task().cancelling())
asyncio.run(main())
