import asyncio
async def w():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed; cancelling =", asyncio.current_task().cancelling())
    await asyncio.sleep(0.5)
    print("still running")
    return "survived"
async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0.1)
    t.cancel()
    r = await t
    print("result", r, "cancelled", t.cancelled(), "cancelling", t.cancelling())
    t2 = asyncio.create_task(w())
    await asyncio.sleep(0.1)
    t2.cancel()
    await asyncio.sleep(0)
    print("uncancel ->", t2.uncancel(), "cancelling", t2.cancelling())
    print(await t2)
asyncio.run(main())
