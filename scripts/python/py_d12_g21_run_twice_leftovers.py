import asyncio
async def bg(name):
    try:
        while True:
            await asyncio.sleep(0.03)
            print(name, "tick")
    finally:
        print(name, "cleanup")
async def main(n):
    loop = asyncio.get_running_loop()
    asyncio.create_task(bg(f"bg{n}"))
    loop.call_later(0.5, print, "never: timer of closed run loop")
    await asyncio.sleep(0.07)
    print("main", n, "ends, tasks:", len(asyncio.all_tasks()))
    return loop
c2 = main(2)
l1 = asyncio.run(main(1))
l2 = asyncio.run(c2)
print("different loops", l1 is not l2, "both closed", l1.is_closed(), l2.is_closed())
try:
    asyncio.run(asyncio.sleep(0) if False else 42)
except ValueError as e:
    print("ValueError", e)
