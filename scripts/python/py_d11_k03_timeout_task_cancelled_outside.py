import asyncio
async def worker(name, tmo):
    try:
        async with asyncio.timeout(tmo) as cm:
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError as e:
                print(name, "inner CancelledError", repr(str(e)), "cancelling", asyncio.current_task().cancelling())
                raise
    except TimeoutError:
        print(name, "got TimeoutError (expired", cm.expired(), ")")
        return "timeout"
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", repr(str(e)), "expired", cm.expired(), "cancelling", asyncio.current_task().cancelling())
        raise
async def main():
    # external cancel well before deadline
    t = asyncio.create_task(worker("w1", 1))
    await asyncio.sleep(0.1)
    t.cancel("ext")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main: w1 cancelled", t.cancelled(), repr(str(e)))
    # external cancel at the same instant as the deadline (cancel first)
    t = asyncio.create_task(worker("w2", 0.2))
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, t.cancel, "same-time")
    try:
        r = await t
        print("main: w2 result", r)
    except asyncio.CancelledError as e:
        print("main: w2 cancelled", t.cancelled(), repr(str(e)))
    # external cancel after the deadline fired, while inner unwinds
    async def slow_unwind(name):
        try:
            async with asyncio.timeout(0.1) as cm:
                try:
                    await asyncio.sleep(5)
                finally:
                    print(name, "unwinding, cancelling", asyncio.current_task().cancelling())
                    await asyncio.sleep(0.1)
                    print(name, "unwound")
        except TimeoutError:
            print(name, "TimeoutError")
            return "t"
        except asyncio.CancelledError:
            print(name, "CancelledError; expired", cm.expired(), "cancelling", asyncio.current_task().cancelling())
            raise
    t = asyncio.create_task(slow_unwind("w3"))
    await asyncio.sleep(0.15)
    t.cancel("during-unwind")
    try:
        print("main: w3 result", await t)
    except asyncio.CancelledError as e:
        print("main: w3 cancelled", t.cancelled(), repr(str(e)))
asyncio.run(main())
