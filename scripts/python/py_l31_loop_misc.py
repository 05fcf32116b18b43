import asyncio
async def work():
    await asyncio.sleep(0)
    return "w"
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("future get_loop is loop", f.get_loop() is loop)
    t = loop.create_task(work(), name="custom")
    print("task name", t.get_name(), "get_loop", t.get_loop() is loop)
    print("slow_callback_duration", loop.slow_callback_duration)
    print(await t)
    t2 = loop.create_task(work())
    print("unnamed", t2.get_name().startswith("Task-"))
    await t2
asyncio.run(main())
