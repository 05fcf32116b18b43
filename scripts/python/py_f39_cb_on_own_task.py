import asyncio
async def worker():
    me = asyncio.current_task()
    me.add_done_callback(lambda t: print("own cb sees result", t.result(), "all_tasks", len(asyncio.all_tasks())))
    await asyncio.sleep(0.01)
    print("worker about to return; in all_tasks:", me in asyncio.all_tasks())
    return "W"
async def recursive_cb_demo():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    count = [0]
    def cb(fut):
        count[0] += 1
        print("cb call", count[0])
        if count[0] < 3:
            fut.add_done_callback(cb)
    f.add_done_callback(cb)
    f.set_result(None)
    for i in range(4):
        await asyncio.sleep(0)
        print("tick", i)
async def main():
    t = asyncio.create_task(worker())
    print("awaited", await t)
    await recursive_cb_demo()
asyncio.run(main())
