import asyncio

async def fail_later(d, msg):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    me = asyncio.current_task()
    # child fails while the body is still running
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_later(0.1, "early"))
            await asyncio.sleep(1)
    except* ValueError as eg:
        print("A", [str(e) for e in eg.exceptions], "cancelling", me.cancelling())
    # child fails after the body finished (parent waits in __aexit__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_later(0.1, "late"))
    except* ValueError as eg:
        print("B", [str(e) for e in eg.exceptions], "cancelling", me.cancelling())
    # does a timeout still work after that?
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
        print("C block finished")
    except TimeoutError:
        print("C TimeoutError; cancelling", me.cancelling())
    except asyncio.CancelledError:
        print("C CancelledError escaped the timeout; cancelling", me.cancelling())
    print("end cancelling", me.cancelling())

async def runner():
    t = asyncio.create_task(main())
    try:
        await t
    except asyncio.CancelledError:
        print("main task cancelled")
    print("main done", t.done(), "cancelled", t.cancelled())

asyncio.run(runner())
