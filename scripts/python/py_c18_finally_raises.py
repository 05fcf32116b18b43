import asyncio
async def w():
    try:
        await asyncio.sleep(10)
    finally:
        print("finally raising")
        raise ValueError("from finally")
async def h():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError("replaced")
async def main():
    for f in (w, h):
        t = asyncio.create_task(f())
        await asyncio.sleep(0)
        print("cancel ->", t.cancel())
        try:
            await t
        except asyncio.CancelledError:
            print("CancelledError?!")
        except Exception as e:
            print("got", type(e).__name__, str(e))
        print("cancelled", t.cancelled(), "exception", type(t.exception()).__name__, "cancelling", t.cancelling())
asyncio.run(main())
