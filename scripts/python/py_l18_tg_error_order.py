import asyncio
async def bad(d, exc):
    await asyncio.sleep(d)
    raise exc
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(0.3, KeyError("third")))
            tg.create_task(bad(0.1, ValueError("first")))
            tg.create_task(bad(0.1, TypeError("first-b")))
            tg.create_task(bad(0.2, IndexError("never")))
    except* Exception as eg:
        print("types", [type(e).__name__ for e in eg.exceptions])
        print("msgs", [str(e) for e in eg.exceptions])
        print("group message:", eg.message)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(0.1, ValueError("child")))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise IndexError("body replaced cancel")
    except* Exception as eg:
        print("with body error", [type(e).__name__ + ":" + str(e) for e in eg.exceptions])
asyncio.run(main())
