import asyncio
async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()
async def helper():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()
async def main():
    me = asyncio.current_task()
    print("main is", me.get_name())
    t = asyncio.create_task(child(), name="kid")
    t.add_done_callback(lambda f: print("done cb: current is None:", asyncio.current_task() is None))
    print("awaited kid ->", await t)
    print("gather ->", await asyncio.gather(child(), child()))
    print("plain await ->", await helper(), (await helper()) == me.get_name())
    try:
        await asyncio.wait_for(child(), 1)
        print("wait_for child ran in", await asyncio.wait_for(child(), 1))
    except Exception as e:
        print("error", e)
    print("shield ->", await asyncio.shield(child()))
asyncio.run(main())
