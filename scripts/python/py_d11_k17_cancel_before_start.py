import asyncio
async def body(name):
    print(name, "body started")
    try:
        await asyncio.sleep(0.1)
    finally:
        print(name, "finally")
    return name
def rp(t):
    return repr(t).split(" coro=")[0] + ">"
async def main():
    log = []
    t = asyncio.create_task(body("a"), name="A")
    t.add_done_callback(lambda f: log.append(("cb1", f.cancelled())))
    print("cancel ->", t.cancel("before start"), "done", t.done(), "cancelling", t.cancelling())
    t.add_done_callback(lambda f: log.append(("cb2", f.cancelled())))
    print("repr", rp(t))
    await asyncio.sleep(0)
    print("after one step: done", t.done(), "cancelled", t.cancelled(), log, rp(t))
    try:
        await t
    except asyncio.CancelledError as e:
        print("await A:", repr(str(e)))
    # cancel then uncancel before start: does it still get cancelled?
    t = asyncio.create_task(body("b"), name="B")
    t.cancel("x")
    print("uncancel ->", t.uncancel(), "cancelling", t.cancelling())
    await asyncio.sleep(0)
    print("B done", t.done(), "cancelled", t.cancelled())
    try:
        print("B result", await t)
    except asyncio.CancelledError as e:
        print("await B:", repr(str(e)))
    # a task awaiting a never-started cancelled task
    t = asyncio.create_task(body("c"), name="C")
    async def waiter():
        try:
            await t
        except asyncio.CancelledError as e:
            print("waiter saw", repr(str(e)), "own cancelling", asyncio.current_task().cancelling())
            return "waiter handled"
    wt = asyncio.create_task(waiter())
    t.cancel("c-msg")
    print(await wt, "C cancelled", t.cancelled())
    # wait_for on a not-yet-started task that gets cancelled by someone else
    t = asyncio.create_task(body("d"), name="D")
    asyncio.get_running_loop().call_soon(t.cancel, "by callback")
    try:
        await asyncio.wait_for(t, 1)
    except asyncio.CancelledError as e:
        print("wait_for saw CancelledError", repr(str(e)), "cancelling", asyncio.current_task().cancelling())
    except TimeoutError:
        print("wait_for TimeoutError")
    # gather with a child task cancelled before start, return_exceptions
    t1 = asyncio.create_task(body("e"), name="E")
    t2 = asyncio.create_task(body("f"), name="F")
    t1.cancel("e-msg")
    r = await asyncio.gather(t1, t2, return_exceptions=True)
    print("gather:", type(r[0]).__name__, repr(str(r[0])), r[1])
asyncio.run(main())
