import asyncio
def show(where):
    t = asyncio.current_task()
    print(where, "current_task:", t.get_name() if t else None, "all_tasks:", len(asyncio.all_tasks()))
async def child():
    show("child")
    await asyncio.sleep(0.01)
    return 1
async def main():
    loop = asyncio.get_running_loop()
    show("main start")
    loop.call_soon(show, "call_soon cb")
    loop.call_later(0.005, show, "call_later cb")
    t = asyncio.create_task(child())
    t.add_done_callback(lambda _: show("task done cb"))
    f = loop.create_future()
    f.add_done_callback(lambda _: show("future done cb"))
    show("main after create")
    await asyncio.sleep(0)
    f.set_result(None)
    await t
    show("main after await")
    await asyncio.sleep(0)
    show("main end")
asyncio.run(main())
