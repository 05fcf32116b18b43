import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.1)
            raise ValueError("early")
    except ValueError as e:
        print("ValueError", e, "expired", cm.expired(), el())
    try:
        async with asyncio.timeout(0.5) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("during cancel")
    except ValueError as e:
        print("ValueError", e, "expired", cm.expired(), el())
    except TimeoutError:
        print("TimeoutError (wrong)")
    print("cancelling", asyncio.current_task().cancelling())
    await asyncio.sleep(0.2)
    print("sleep works", el())
    try:
        async with asyncio.timeout(0.5) as cm:
            try:
                await asyncio.sleep(1)
            finally:
                print("finally in body", el())
    except TimeoutError as e:
        print("TimeoutError", el())
asyncio.run(main())
