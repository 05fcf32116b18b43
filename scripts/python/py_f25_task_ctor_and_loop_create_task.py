import asyncio
async def work(x):
    await asyncio.sleep(0.01)
    return x * 2
async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.Task(work(1))
    t2 = loop.create_task(work(2), name="lc")
    t3 = asyncio.Task(work(3), name="ctor-named")
    print([t.get_name() for t in (t1, t2, t3)])
    print("isinstance Task", isinstance(t1, asyncio.Task), isinstance(t2, asyncio.Future))
    print("all_tasks", len(asyncio.all_tasks()))
    print(await t1, await t2, await t3)
    print("all_tasks after", len(asyncio.all_tasks()))
asyncio.run(main())
