import asyncio

async def something():
    print("something: start")
    await asyncio.sleep(1)
    print("something: done")
    return "result"

async def caller_plain():
    res = await asyncio.shield(something())
    print("caller_plain got", res)

async def caller_ignore():
    try:
        res = await asyncio.shield(something())
    except asyncio.CancelledError:
        res = None
    print("caller_ignore got", res)

async def main():
    t1 = asyncio.create_task(caller_plain())
    t2 = asyncio.create_task(caller_ignore())
    await asyncio.sleep(0.5)
    t1.cancel()
    t2.cancel()
    try:
        await t1
    except asyncio.CancelledError:
        print("caller_plain cancelled:", t1.cancelled())
    await t2
    print("caller_ignore cancelled:", t2.cancelled())
    await asyncio.sleep(1)
    print("end")

asyncio.run(main())
