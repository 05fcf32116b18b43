import asyncio
async def w():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("first cancel swallowed", repr(str(e)))
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("second cancel", repr(str(e)), asyncio.current_task().cancelling())
        raise
async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(1)
    t.cancel("one")
    await asyncio.sleep(1)
    print("t still alive", not t.done(), t.cancelling())
    t.cancel("two")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main", repr(str(e)), t.cancelling())
asyncio.run(main())
