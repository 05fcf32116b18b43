import asyncio
async def leaf(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(tag, "leaf got", repr(str(e)))
        raise
async def middle():
    try:
        await asyncio.create_task(leaf("task"))
    except asyncio.CancelledError as e:
        print("middle got", repr(str(e)))
        raise
async def via_gather():
    try:
        await asyncio.gather(leaf("g1"), leaf("g2"))
    except asyncio.CancelledError as e:
        print("via_gather got", repr(str(e)))
        raise
async def main():
    for fn, msg in ((middle, "m1"), (via_gather, "m2")):
        t = asyncio.create_task(fn())
        await asyncio.sleep(0.1)
        t.cancel(msg)
        try:
            await t
        except asyncio.CancelledError as e:
            print("main got", repr(str(e)))
    g = asyncio.gather(leaf("direct"))
    await asyncio.sleep(0.1)
    g.cancel("m3")
    try:
        await g
    except asyncio.CancelledError as e:
        print("main got from gather", repr(str(e)))
asyncio.run(main())
