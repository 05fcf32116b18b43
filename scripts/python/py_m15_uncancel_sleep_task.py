import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(1, "r"))
    await asyncio.sleep(0)
    t.cancel()
    print("uncancel ->", t.uncancel())
    try:
        print("await returned", await t)
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
asyncio.run(main())
