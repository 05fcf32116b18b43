import asyncio

cond = asyncio.Condition()

async def with_form(name):
    # ... later
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "woke")

async def manual_form(name):
    # ... later
    await cond.acquire()
    try:
        print(name, "waits")
        await cond.wait()
        print(name, "woke")
    finally:
        cond.release()

async def main():
    tasks = [asyncio.create_task(with_form("a")), asyncio.create_task(manual_form("b")),
             asyncio.create_task(with_form("c"))]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
