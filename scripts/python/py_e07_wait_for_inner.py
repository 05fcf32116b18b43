import asyncio
async def raises_early():
    await asyncio.sleep(0.1); raise ValueError("early")
async def raises_late():
    await asyncio.sleep(2); raise ValueError("late")
async def raises_on_cancel():
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        print("inner got cancel, raising KeyError")
        raise KeyError("on cancel")
async def swallows():
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        print("inner swallowed")
        return "swallowed value"
async def slow_cleanup():
    try:
        await asyncio.sleep(2)
    finally:
        print("cleanup start")
        await asyncio.sleep(0.5)
        print("cleanup end")
async def main():
    loop = asyncio.get_running_loop()
    for f in [raises_early, raises_late, raises_on_cancel, swallows, slow_cleanup]:
        t0 = loop.time()
        try:
            r = await asyncio.wait_for(f(), 1)
            print(f.__name__, "returned", r)
        except Exception as e:
            print(f.__name__, type(e).__name__, repr(str(e)), round(loop.time() - t0, 1))
asyncio.run(main())
