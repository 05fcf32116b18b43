import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    # outer fires first, inner longer
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner caught TimeoutError (wrong)")
            except asyncio.CancelledError:
                print("inner sees CancelledError at", el(), "inner.expired", inner.expired(), "cancelling", asyncio.current_task().cancelling())
                raise
    except TimeoutError:
        print("outer TimeoutError at", el(), "outer", outer.expired(), "inner", inner.expired())
    print("cancelling after", asyncio.current_task().cancelling())
    # inner fires first, caught inside outer; outer continues and later fires
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.3) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner TimeoutError at", el(), inner.expired(), outer.expired())
            await asyncio.sleep(5)
    except TimeoutError:
        print("outer TimeoutError at", el(), outer.expired())
    # same deadline for both
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(0.2) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("same: inner raised TimeoutError at", el(), inner.expired(), outer.expired())
                raise
    except TimeoutError:
        print("same: outer TimeoutError at", el(), outer.expired())
    print("cancelling end", asyncio.current_task().cancelling())
asyncio.run(main())
