import asyncio
async def cleaner(name, cleanup):
    try:
        await asyncio.sleep(1)
    finally:
        print(name, "finally start, cancelling", asyncio.current_task().cancelling())
        await asyncio.sleep(cleanup)
        print(name, "finally end")
async def ends_then_cleans(name):
    try:
        await asyncio.sleep(0.05)
        raise KeyError(name)
    finally:
        print(name, "finally before error propagates")
        await asyncio.sleep(0.2)
        print(name, "finally done")
async def failer(name, d):
    await asyncio.sleep(d)
    print(name, "raising")
    raise ValueError(name)
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    # a child fails while sibling's finally is still awaiting
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ends_then_cleans("A"))
            tg.create_task(failer("B", 0.1))
            tg.create_task(cleaner("C", 0.1))
    except ExceptionGroup as eg:
        print("group1 at", el(), [type(e).__name__ + ":" + str(e) for e in eg.exceptions])
    # a child fails while another child is in a finally that awaits after cancellation,
    # and that finally itself raises
    async def bad_cleanup():
        try:
            await asyncio.sleep(1)
        finally:
            await asyncio.sleep(0.05)
            print("bad_cleanup raising from finally")
            raise RuntimeError("cleanup failed")
    t0 = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad_cleanup())
            tg.create_task(failer("D", 0.1))
            tg.create_task(failer("E", 0.12))
    except ExceptionGroup as eg:
        print("group2 at", el(), [type(e).__name__ + ":" + str(e) for e in eg.exceptions])
    # child fails while body is inside a finally that awaits
    t0 = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer("F", 0.05))
            try:
                await asyncio.sleep(1)
            finally:
                print("body finally, cancelling", asyncio.current_task().cancelling())
                await asyncio.sleep(0.1)
                print("body finally end at", el())
    except ExceptionGroup as eg:
        print("group3 at", el(), [type(e).__name__ + ":" + str(e) for e in eg.exceptions])
asyncio.run(main())
