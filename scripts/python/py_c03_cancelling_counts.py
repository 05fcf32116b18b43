import asyncio
async def w():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print("round", i, "cancelling", t.cancelling())
            print("round", i, "uncancel ->", t.uncancel())
    return "end"
async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("main sees", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    print("main sees", t.cancelling())
    await asyncio.sleep(0)
    print("uncancels from main", t.uncancel(), t.uncancel(), t.uncancel())
    t.cancel()
    await asyncio.sleep(0)
    print(await t, t.cancelled(), t.cancelling())
    print("fresh task uncancel", asyncio.create_task(asyncio.sleep(0)).uncancel())
    await asyncio.sleep(0)
asyncio.run(main())
