import asyncio
async def main():
    loop = asyncio.get_running_loop()
    # inner error before the deadline passes through
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.1)
            raise ValueError("inner")
    except ValueError as e:
        print("1", type(e).__name__, str(e), cm.expired())
    # inner converts the cancel into another error
    try:
        async with asyncio.timeout(0.1) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise KeyError("converted")
    except KeyError as e:
        print("2", type(e).__name__, str(e), cm.expired())
    # inner raises TimeoutError itself (not expired)
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.1)
            raise TimeoutError("my own")
    except TimeoutError as e:
        print("3", type(e).__name__, repr(str(e)), cm.expired(), e.__cause__)
    # expired: TimeoutError from CancelledError
    try:
        async with asyncio.timeout(0.1) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("4", type(e).__name__, repr(str(e)), cm.expired(), type(e.__cause__).__name__)
    # error raised in finally after the deadline
    try:
        async with asyncio.timeout(0.1) as cm:
            try:
                await asyncio.sleep(1)
            finally:
                raise IndexError("from finally")
    except IndexError as e:
        print("5", type(e).__name__, str(e), cm.expired())
    # wait_for around a task that already failed
    t = asyncio.create_task(asyncio.sleep(0))
    async def f():
        raise ValueError("done already")
    t2 = asyncio.create_task(f())
    await asyncio.sleep(0.01)
    try:
        await asyncio.wait_for(t2, 0.5)
    except ValueError as e:
        print("6", str(e))
    try:
        await asyncio.wait_for(t2, 0)
    except ValueError as e:
        print("7", str(e))
asyncio.run(main())
