import asyncio
async def co(v, d):
    await asyncio.sleep(d)
    return v
async def main():
    print(await asyncio.wait_for(co("positional", 0.1), 1))
    print(await asyncio.wait_for(co("keyword", 0.1), timeout=1))
    print(await asyncio.wait_for(co("none", 0.1), timeout=None))
    try:
        await asyncio.wait_for(co("late", 1), timeout=0.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(str(e)))
    try:
        async with asyncio.timeout(0.5):
            await co("late", 1)
    except TimeoutError as e:
        print("TimeoutError cm", repr(str(e)))
    try:
        for f in asyncio.as_completed([co("late", 1)], timeout=0.5):
            await f
    except asyncio.TimeoutError as e:
        print("TimeoutError as_completed", repr(str(e)))
asyncio.run(main())
