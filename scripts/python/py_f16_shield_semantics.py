import asyncio
async def inner(tag, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(tag, "inner cancelled")
        raise
    if fail:
        raise ValueError(tag)
    print(tag, "inner finished")
    return tag
async def outer(aw):
    try:
        return await asyncio.shield(aw)
    except asyncio.CancelledError:
        print("outer cancelled, shield raised CancelledError")
        raise
async def main():
    # 1: outer cancelled, inner continues
    it = asyncio.create_task(inner("one", 0.05))
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0.01)
    ot.cancel()
    try:
        await ot
    except asyncio.CancelledError:
        print("ot cancelled", ot.cancelled(), "inner done", it.done())
    print("inner result later", await it)
    # 2: inner cancelled -> shield's outer cancelled
    it2 = asyncio.create_task(inner("two", 0.05))
    sh = asyncio.shield(it2)
    await asyncio.sleep(0.01)
    it2.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("shield future cancelled", sh.cancelled())
    # 3: shield of a done future returns it
    loop = asyncio.get_running_loop()
    f = loop.create_future(); f.set_result("F")
    print("shield(done) is same", asyncio.shield(f) is f)
    # 4: shield of a coroutine, inner fails
    s4 = asyncio.shield(inner("four", 0.01, fail=True))
    try:
        await s4
    except ValueError as e:
        print("shield passes ValueError", e)
    # 5: cancel the shield future itself
    it5 = asyncio.create_task(inner("five", 0.03))
    s5 = asyncio.shield(it5)
    print("cancel shield future ->", s5.cancel())
    print("it5 cancelled?", it5.cancelled())
    print("it5 result", await it5)
asyncio.run(main())
