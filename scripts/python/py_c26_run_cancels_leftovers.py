import asyncio
async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        t = asyncio.current_task()
        print("inner cancelled", repr(str(e)), t.get_name(), t.cancelling())
        raise
async def outer():
    try:
        await asyncio.create_task(inner(), name="inner")
    except asyncio.CancelledError as e:
        t = asyncio.current_task()
        print("outer cancelled", repr(str(e)), t.get_name(), t.cancelling())
        await asyncio.sleep(0.1)
        print("outer cleanup done")
        return "outer swallowed"
async def main():
    asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(0.1)
    print("main returns")
    return "main result"
print(asyncio.run(main()))
print("after run")
