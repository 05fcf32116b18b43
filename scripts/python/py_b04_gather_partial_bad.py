import asyncio
async def work(n):
    print("work", n, "starts")
    await asyncio.sleep(0.05)
    print("work", n, "done")
    return n
async def main():
    try:
        g = asyncio.gather(work(1), 5, work(2))
        print("gather made")
    except TypeError as e:
        print("gather raised TypeError")
    print("tasks now", len(asyncio.all_tasks()))
    await asyncio.sleep(0.1)
    print("tasks after", len(asyncio.all_tasks()))
    print("main ends")
asyncio.run(main())
print("after run")
