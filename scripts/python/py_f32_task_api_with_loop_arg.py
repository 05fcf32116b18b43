import asyncio
async def child():
    await asyncio.sleep(0.01)
async def main():
    loop = asyncio.get_running_loop()
    print("current_task(loop)", asyncio.current_task(loop).get_name())
    print("current_task(loop=loop)", asyncio.current_task(loop=loop).get_name())
    ts = [asyncio.create_task(child()) for _ in range(3)]
    print("all_tasks(loop)", len(asyncio.all_tasks(loop)), len(asyncio.all_tasks(loop=loop)))
    await asyncio.sleep(0)
    ts[0].cancel()
    print("after cancel request, pending", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("after cancel delivered", len(asyncio.all_tasks()))
    await asyncio.gather(*ts[1:])
    print("end", len(asyncio.all_tasks()))
asyncio.run(main())
