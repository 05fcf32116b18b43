import asyncio
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inner got CancelledError msg", repr(str(e)))
        await asyncio.sleep(0.2)
        return "swallowed"
async def caller():
    try:
        r = await asyncio.wait_for(stubborn(), 5)
        print("caller got", r)
        return r
    except asyncio.CancelledError as e:
        print("caller CancelledError msg", repr(str(e)))
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    c = asyncio.create_task(caller())
    await asyncio.sleep(1)
    c.cancel("go away")
    try:
        print("c ->", await c)
    except asyncio.CancelledError as e:
        print("main: c cancelled", c.cancelled(), repr(str(e)), f"{loop.time()-t0:.1f}")
asyncio.run(main())
