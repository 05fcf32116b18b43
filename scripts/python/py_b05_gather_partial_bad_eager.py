import asyncio
async def work(n):
    await asyncio.sleep(0.05)
    print("work", n, "done")
    return n
async def main():
    try:
        g = asyncio.gather(work(1), 5)
        print("gather made")
    except TypeError as e:
        print("gather raised TypeError")
    await asyncio.sleep(0.1)
    print("tasks after", len(asyncio.all_tasks()))
    try:
        await asyncio.wait([asyncio.create_task(work(2)), 7])
    except (TypeError, AttributeError) as e:
        print("wait raised TypeError")
    await asyncio.sleep(0.1)
    print("main ends")
asyncio.run(main())
print("after run")
