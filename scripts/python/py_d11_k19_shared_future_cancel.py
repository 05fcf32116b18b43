import asyncio
async def awaiter(name, fut):
    try:
        v = await fut
        print(name, "got", v)
        return v
    except asyncio.CancelledError as e:
        print(name, "CancelledError", repr(str(e)), "own cancelling", asyncio.current_task().cancelling())
        raise
async def main():
    loop = asyncio.get_running_loop()
    # cancelling one awaiter of a shared plain future cancels the future itself
    fut = loop.create_future()
    a = asyncio.create_task(awaiter("a", fut))
    b = asyncio.create_task(awaiter("b", fut))
    await asyncio.sleep(0.01)
    a.cancel("cancel a")
    await asyncio.gather(a, b, return_exceptions=True)
    print("fut cancelled", fut.cancelled(), "a", a.cancelled(), "b", b.cancelled())
    # with shield: the future survives
    fut = loop.create_future()
    a = asyncio.create_task(awaiter("a2", asyncio.shield(fut)))
    b = asyncio.create_task(awaiter("b2", fut))
    await asyncio.sleep(0.01)
    a.cancel("cancel a2")
    await asyncio.sleep(0.01)
    fut.set_result("shared value")
    await asyncio.gather(a, b, return_exceptions=True)
    print("fut2 cancelled", fut.cancelled(), "a2", a.cancelled(), "b2", b.cancelled())
    # shared task (not a future): cancelling one awaiter cancels the task too
    async def work():
        try:
            await asyncio.sleep(1)
            return "work"
        except asyncio.CancelledError as e:
            print("work cancelled", repr(str(e)))
            raise
    w = asyncio.create_task(work())
    a = asyncio.create_task(awaiter("a3", w))
    b = asyncio.create_task(awaiter("b3", w))
    await asyncio.sleep(0.01)
    a.cancel("cancel a3")
    await asyncio.gather(a, b, return_exceptions=True)
    print("w cancelled", w.cancelled(), "a3", a.cancelled(), "b3", b.cancelled())
    # future cancelled directly with a message: all awaiters see it
    fut = loop.create_future()
    ts = [asyncio.create_task(awaiter(n, fut)) for n in ("c", "d")]
    await asyncio.sleep(0)
    fut.cancel("fut-msg")
    await asyncio.gather(*ts, return_exceptions=True)
    print("tasks cancelled", [t.cancelled() for t in ts])
asyncio.run(main())
