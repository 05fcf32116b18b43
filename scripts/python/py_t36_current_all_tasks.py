import asyncio
async def w(n):
    print("in", n, asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    print("in", n, "after sleep", asyncio.current_task().get_name())
async def main():
    print("current", asyncio.current_task().get_name())
    print("current is main", asyncio.current_task() is asyncio.current_task())
    ts = [asyncio.create_task(w(i), name=f"w{i}") for i in range(2)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("in callback, current is None:", asyncio.current_task() is None))
    await asyncio.sleep(0)
asyncio.run(main())
