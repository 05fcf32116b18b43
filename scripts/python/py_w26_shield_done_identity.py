import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(5)
    s = asyncio.shield(f)
    print("done future: same object", s is f, await s)
    t = asyncio.create_task(asyncio.sleep(0.1, "t"))
    s = asyncio.shield(t)
    print("pending task: same object", s is t)
    print("cancel inner ->", t.cancel())
    try:
        await s
    except asyncio.CancelledError:
        print("outer cancelled because inner was", s.cancelled(), t.cancelled())
    s = asyncio.shield(asyncio.sleep(0.1, "coro"))
    print("coro shield done", s.done(), "->", await s)
    s1 = asyncio.shield(f2 := loop.create_future())
    s2 = asyncio.shield(f2)
    print("two shields differ", s1 is not s2)
    s1.cancel()
    f2.set_result("f2")
    print("s2 ->", await s2, "s1 cancelled", s1.cancelled())
asyncio.run(main())
