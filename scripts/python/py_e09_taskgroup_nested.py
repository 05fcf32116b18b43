import asyncio
async def bad(d, exc):
    await asyncio.sleep(d); raise exc
async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(0.1, ValueError("inner-a")))
        tg.create_task(bad(0.1, KeyError("inner-b")))
def show(eg, depth=0):
    print("  " * depth + type(eg).__name__, len(eg.exceptions))
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show(e, depth + 1)
        else:
            print("  " * (depth + 1) + type(e).__name__, str(e))
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(bad(0.05, TypeError("outer-first")))
            tg.create_task(bad(0.2, RuntimeError("never")))
    except ExceptionGroup as eg:
        show(eg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(bad(0.2, TypeError("outer-late")))
    except ExceptionGroup as eg:
        show(eg)
asyncio.run(main())
