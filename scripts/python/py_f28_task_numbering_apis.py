import asyncio
async def w(x=0):
    await asyncio.sleep(0.01)
    return x
async def main():
    loop = asyncio.get_running_loop()
    def names():
        return sorted(t.get_name() for t in asyncio.all_tasks())
    print("start", names())
    s = asyncio.shield(w(1))
    print("after shield(coro)", names())
    g = asyncio.gather(w(2), loop.create_future(), w(3))
    print("after gather", names())
    print("wait_for", await asyncio.wait_for(w(4), 1))
    n = asyncio.create_task(w(5))
    print("next create_task", n.get_name())
    e = asyncio.ensure_future(loop.create_future())
    print("ensure_future(future) is Task?", isinstance(e, asyncio.Task))
    n2 = asyncio.create_task(w(6))
    print("after ensure_future(future)", n2.get_name())
    print(await s, await n, await n2)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
asyncio.run(main())
