import asyncio
async def waiter(f):
    try:
        await f
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    t.cancel("c")
    print("future cancelled right after task.cancel()", f.cancelled())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result raised InvalidStateError")
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError:
        print("set_exception raised InvalidStateError")
    print("f.cancel() again ->", f.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("t cancelled", repr(str(e)))
asyncio.run(main())
