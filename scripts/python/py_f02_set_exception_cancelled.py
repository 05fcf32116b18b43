import asyncio
async def waiter(f):
    try:
        await f
        print("waiter got result")
    except asyncio.CancelledError as e:
        print("waiter CancelledError", repr(str(e)), "task cancelling", asyncio.current_task().cancelling())
        return "swallowed"
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    try:
        f.set_exception(asyncio.CancelledError("via set_exception"))
        print("set_exception accepted; done", f.done(), "cancelled", f.cancelled())
    except TypeError as e:
        print("TypeError", e)
    print("task result", await t)
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result raises CancelledError", repr(str(e)))
    except asyncio.InvalidStateError as e:
        print("result InvalidStateError", e)
asyncio.run(main())
