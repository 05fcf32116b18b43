import asyncio

async def guarded(n, d, limit):
    try:
        async with asyncio.timeout(limit) as cm:
            await asyncio.sleep(d)
        print("guarded", n, "finished in time")
        return f"ok{n}"
    except TimeoutError:
        t = asyncio.current_task()
        print("guarded", n, "timed out; expired", cm.expired(), "cancelling", t.cancelling())
        return f"late{n}"

async def unguarded(d, limit):
    async with asyncio.timeout(limit):
        await asyncio.sleep(d)

async def sib():
    try:
        await asyncio.sleep(5)
    finally:
        print("sib finally")

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(guarded(1, 0.1, 0.5))
        b = tg.create_task(guarded(2, 1.0, 0.2))
        c = tg.create_task(guarded(3, 0.3, 0.3))
    print("results", a.result(), b.result(), c.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(unguarded(1.0, 0.2))
            s = tg.create_task(sib())
    except* TimeoutError as eg:
        print("group caught", [type(e).__name__ for e in eg.exceptions], "sib cancelled", s.cancelled())
    print("main cancelling", asyncio.current_task().cancelling())

asyncio.run(main())
