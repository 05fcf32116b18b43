import asyncio
async def child(n, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            print("child", n, "failing")
            raise ValueError(f"c{n}")
        print("child", n, "ok")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child(1, 0.5))
            b = tg.create_task(child(2, 0.1, True))
            c = tg.create_task(child(3, 0.2))
            print("body end")
    except* ValueError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
    print(a.cancelled(), b.done(), c.cancelled())
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(child(4, 0.2))
        y = tg.create_task(child(5, 0.1))
    print("results", x.result(), y.result())
asyncio.run(main())
