import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    when = loop.time() + 1
    try:
        async with asyncio.timeout_at(when) as outer:
            try:
                async with asyncio.timeout_at(when) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner raised TimeoutError")
            except asyncio.CancelledError:
                print("inner let CancelledError through", asyncio.current_task().cancelling())
                raise
    except TimeoutError:
        print("outer raised TimeoutError", el())
    print("expired", outer.expired(), inner.expired(), "cancelling", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(2) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    try:
                        await asyncio.sleep(5)
                    except asyncio.CancelledError:
                        print("body cancelled", el())
                        await asyncio.sleep(2)
                        print("slow unwind done (wrong)")
                        raise
            except TimeoutError:
                print("inner TimeoutError", el())
            except asyncio.CancelledError:
                print("inner passes CancelledError", el())
                raise
    except TimeoutError:
        print("outer TimeoutError", el())
    print("expired", outer.expired(), inner.expired(), "cancelling", asyncio.current_task().cancelling())
asyncio.run(main())
