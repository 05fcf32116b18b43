import asyncio

async def child(n, d):
    try:
        await asyncio.sleep(d)
        print("child", n, "done")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled, cancelling=", asyncio.current_task().cancelling())
        raise
    finally:
        print("child", n, "finally")

async def main():
    me = asyncio.current_task()
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    cm = asyncio.timeout(0.3)
    tasks = []
    try:
        async with cm:
            async with asyncio.TaskGroup() as tg:
                for i, d in enumerate([0.1, 0.5, 1.0]):
                    tasks.append(tg.create_task(child(i, d), name=f"c{i}"))
                print("body done, cancelling", me.cancelling())
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)), "expired", cm.expired(), "cancelling", me.cancelling(), round(loop.time() - t0, 2))
    for t in tasks:
        print(t.get_name(), "done", t.done(), "cancelled", t.cancelled(), "result", None if t.cancelled() else t.result())

asyncio.run(main())
