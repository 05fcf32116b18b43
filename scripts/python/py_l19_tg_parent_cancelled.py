import asyncio
async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
    finally:
        print("child", n, "finally")
async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
            print("body waiting")
        print("not reached")
    except asyncio.CancelledError:
        print("runner sees CancelledError (not a group)")
        raise
async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("runner cancelled", t.cancelled(), e.args)
asyncio.run(main())
