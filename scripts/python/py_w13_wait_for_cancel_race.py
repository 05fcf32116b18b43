import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(1, "inner value"))
    async def caller():
        try:
            r = await asyncio.wait_for(t, 5)
            print("caller got", r, "cancelling", asyncio.current_task().cancelling())
            await asyncio.sleep(0)
            print("caller continues after sleep0")
            return r
        except asyncio.CancelledError:
            print("caller cancelled")
            raise
    c = asyncio.create_task(caller())
    await asyncio.sleep(0)
    t.add_done_callback(lambda _: print("cancel caller ->", c.cancel()))
    try:
        print("c result", await c)
    except asyncio.CancelledError:
        print("c cancelled", c.cancelled())
asyncio.run(main())
