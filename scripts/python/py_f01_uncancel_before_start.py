import asyncio
async def job(name):
    print(name, "started")
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled inside")
        raise
    print(name, "finished")
    return name
async def main():
    t = asyncio.create_task(job("a"))
    print("cancel", t.cancel(), "cancelling", t.cancelling())
    print("uncancel ->", t.uncancel(), "cancelling", t.cancelling())
    try:
        r = await t
        print("a result", r)
    except asyncio.CancelledError:
        print("a ended cancelled", t.cancelled(), t.cancelling())
asyncio.run(main())
