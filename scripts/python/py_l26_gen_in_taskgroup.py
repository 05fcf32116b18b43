import asyncio
async def gen_child(n, d, fail=False):
    print("child", n, "start")
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"child {n} failed")
        print("child", n, "ok")
        return n
    finally:
        print("child", n, "finally")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            ts = [tg.create_task(gen_child(1, 0.1)),
                  tg.create_task(gen_child(2, 0.2, True)),
                  tg.create_task(gen_child(3, 0.5))]
            print("body done")
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
    print("states", [("cancelled" if t.cancelled() else "done") for t in ts])
    print("gather", await asyncio.gather(gen_child(4, 0), gen_child(5, 0)))
asyncio.run(main())
