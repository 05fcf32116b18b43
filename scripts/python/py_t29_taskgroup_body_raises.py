import asyncio
async def child(n):
    try:
        await asyncio.sleep(1)
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
            await asyncio.sleep(0.1)
            raise KeyError("body")
    except* KeyError as eg:
        print("caught", len(eg.exceptions), type(eg.exceptions[0]).__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(3))
            raise KeyError("immediate")
    except* KeyError as eg:
        print("caught immediate", len(eg.exceptions))
asyncio.run(main())
