import asyncio
async def work():
    await asyncio.sleep(1)
    print("work finished")
    return "work result"
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    try:
        async with asyncio.timeout(0.5):
            try:
                await asyncio.sleep(1)
            except TimeoutError:
                print("caught TimeoutError inside (wrong)")
            except asyncio.CancelledError:
                print("inside sees CancelledError", el())
                raise
    except TimeoutError as e:
        print("outside sees", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    t = asyncio.create_task(work())
    try:
        async with asyncio.timeout(0.5):
            await asyncio.shield(t)
    except TimeoutError:
        print("shielded timeout", el(), "t done", t.done(), "t cancelled", t.cancelled())
    print("t ->", await t, el())
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.5)
    except asyncio.TimeoutError:
        print("wait_for shield timeout", el(), t.done())
    print("t ->", await t, el())
asyncio.run(main())
