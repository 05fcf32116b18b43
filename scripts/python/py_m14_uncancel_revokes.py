import asyncio
async def w():
    try:
        await asyncio.sleep(1)
        print("w slept through")
    except asyncio.CancelledError:
        print("w cancelled")
        raise
async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    t.cancel()
    print("uncancel ->", t.uncancel())
    try:
        await t
        print("t finished normally")
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
asyncio.run(main())
