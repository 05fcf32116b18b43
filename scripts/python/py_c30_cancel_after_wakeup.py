import asyncio
async def waiter(f):
    try:
        v = await f
        print("waiter got", v)
        return v
    except asyncio.CancelledError as e:
        print("waiter cancelled though future done:", f.done(), f.result(), repr(str(e)))
        raise
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.set_result(1)
    print("cancel after set_result ->", t.cancel("late"))
    try:
        print("main got", await t)
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    g = loop.create_future()
    t2 = asyncio.create_task(waiter(g))
    await asyncio.sleep(0)
    g.set_result(2)
    await asyncio.sleep(0)
    print("cancel after wakeup ran ->", t2.cancel(), t2.result())
asyncio.run(main())
