import asyncio
async def child():
    print("child started")
    try:
        await asyncio.sleep(1)
    finally:
        print("child finally")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(child())
            raise KeyError("body")
    except* KeyError:
        print("caught; child cancelled:", t.cancelled())
asyncio.run(main())
