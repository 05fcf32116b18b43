import asyncio
async def w():
    print("w start")
    try:
        await asyncio.sleep(10)
        print("not here")
    except asyncio.CancelledError as e:
        print("w caught", repr(str(e)))
        raise
    finally:
        print("w finally")
async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(1)
    print("cancel", t.cancel())
    print("done right after cancel", t.done())
    await asyncio.sleep(0)
    print("done after one step", t.done(), t.cancelled())
asyncio.run(main())
