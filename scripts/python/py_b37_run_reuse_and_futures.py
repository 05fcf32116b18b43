import asyncio
async def work():
    await asyncio.sleep(0.01)
    return "w"
c = work()
print("first run", asyncio.run(c))
try:
    asyncio.run(c)
except RuntimeError as e:
    print("reuse:", type(e).__name__, e)
async def main():
    c2 = work()
    print("await once", await c2)
    try:
        await c2
    except RuntimeError as e:
        print("await twice:", type(e).__name__, e)
    c3 = work()
    t = asyncio.create_task(c3)
    await t
    try:
        t2 = asyncio.create_task(c3)
        print("task of used coroutine created")
        await t2
    except RuntimeError as e:
        print("task of used coro:", type(e).__name__, e)
    try:
        await asyncio.Task(5)
    except TypeError as e:
        print("Task(5):", type(e).__name__)
asyncio.run(main())
