import asyncio
async def w():
    print("w started")
    try:
        await asyncio.sleep(1)
    finally:
        print("w finally")
async def main():
    t = asyncio.create_task(w())
    print("cancel returns", t.cancel())
    print("cancelling", t.cancelling(), "done", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("caught CancelledError")
    print("cancelled", t.cancelled(), "done", t.done())
    print("cancel again", t.cancel())
asyncio.run(main())
