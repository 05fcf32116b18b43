import asyncio
async def chatter():
    for i in range(6):
        print("chatter", i)
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(asyncio.sleep(0, "x"))
    await asyncio.sleep(0.1)
    c = asyncio.create_task(chatter())
    print("before wait")
    done, pending = await asyncio.wait([t])
    print("after wait", len(done), len(pending))
    r = await asyncio.wait_for(t, 1)
    print("after wait_for", r)
    r = await asyncio.wait_for(t, 0)
    print("after wait_for 0", r)
    r = await asyncio.gather(t)
    print("after gather", r)
    r = await asyncio.shield(t)
    print("after shield", r)
    for f in asyncio.as_completed([t]):
        print("after as_completed", await f)
    await c
asyncio.run(main())
