import asyncio
class MyCancel(asyncio.CancelledError):
    pass
async def w():
    await asyncio.sleep(0)
    raise MyCancel("custom")
async def main():
    t = asyncio.create_task(w())
    try:
        await t
    except asyncio.CancelledError as e:
        print("first retrieval", type(e).__name__, repr(str(e)))
    print("cancelled", t.cancelled(), "cancelling", t.cancelling())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("second retrieval", type(e).__name__, repr(str(e)))
    u = asyncio.create_task(w())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        u.exception()
    except asyncio.CancelledError as e:
        print("exception() raised", type(e).__name__, isinstance(e, MyCancel))
asyncio.run(main())
