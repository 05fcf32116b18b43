import asyncio
async def inner(d, v):
    await asyncio.sleep(d)
    return v
async def outer(aw):
    try:
        return await asyncio.shield(aw)
    except asyncio.CancelledError as e:
        print("outer cancelled", repr(str(e)))
        raise
async def main():
    i = asyncio.create_task(inner(0.5, "kept"))
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.1)
    o.cancel("from main")
    try:
        await o
    except asyncio.CancelledError as e:
        print("main got", repr(str(e)), "inner cancelling", i.cancelling(), "inner done", i.done())
    print("inner result", await i)
    j = asyncio.create_task(inner(0.5, "lost"))
    o2 = asyncio.create_task(outer(j))
    await asyncio.sleep(0.1)
    j.cancel("inner msg")
    try:
        await o2
    except asyncio.CancelledError as e:
        print("o2 ended", repr(str(e)), o2.cancelled(), o2.cancelling())
asyncio.run(main())
