import asyncio

async def scenario(name, outer_d, inner_d, work):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    me = asyncio.current_task()
    outer = asyncio.timeout(outer_d)
    inner = None
    try:
        async with outer:
            try:
                inner = asyncio.timeout(inner_d)
                async with inner:
                    await asyncio.sleep(work)
                print(name, "inner block finished")
            except TimeoutError:
                print(name, "inner TimeoutError caught; cancelling", me.cancelling())
                await asyncio.sleep(0.05)
                print(name, "continued after inner timeout")
            except asyncio.CancelledError:
                print(name, "inner saw CancelledError; cancelling", me.cancelling())
                raise
        print(name, "outer block finished")
    except TimeoutError:
        print(name, "outer TimeoutError")
    print(name, "expired outer/inner", outer.expired(), inner.expired(), "cancelling", me.cancelling(), "t", round(loop.time() - t0, 2))

async def main():
    await scenario("S1", 0.5, 0.1, 1)     # inner fires first
    await scenario("S2", 0.1, 0.5, 1)     # outer fires first
    await scenario("S3", 0.2, 0.2, 1)     # same deadline
    await scenario("S4", 0.12, 0.1, 1)    # inner fires, handler sleeps past outer
    await scenario("S5", 1, 1, 0.1)       # nothing fires

asyncio.run(main())
