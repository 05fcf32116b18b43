import asyncio

async def leaf(name, d):
    try:
        print(name, "start")
        await asyncio.sleep(d)
        print(name, "end")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise
    finally:
        print(name, "finally")

async def awaits_task(inner):
    try:
        return await inner
    finally:
        print("awaits_task finally; inner cancelled", inner.cancelled())

async def awaits_gather(kids):
    try:
        return await asyncio.gather(*kids)
    finally:
        print("awaits_gather finally", [k.cancelled() for k in kids])

async def main():
    # 1 before start
    t = asyncio.create_task(leaf("A", 1))
    print("cancel ->", t.cancel("early"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("A outcome", t.cancelled(), e.args)
    # 2 at sleep
    t = asyncio.create_task(leaf("B", 1))
    await asyncio.sleep(0.1)
    t.cancel("at-sleep")
    try:
        await t
    except asyncio.CancelledError as e:
        print("B outcome", t.cancelled(), e.args)
    # 3 awaiting another task
    inner = asyncio.create_task(leaf("C-inner", 1))
    outer = asyncio.create_task(awaits_task(inner))
    await asyncio.sleep(0.1)
    outer.cancel("via-outer")
    r = await asyncio.gather(outer, return_exceptions=True)
    print("C outcome", outer.cancelled(), inner.cancelled(), [type(x).__name__ for x in r])
    # 4 awaiting a gather
    kids = [asyncio.create_task(leaf(f"D{i}", 0.5 * (i + 1))) for i in range(3)]
    outer = asyncio.create_task(awaits_gather(kids))
    await asyncio.sleep(0.6)
    outer.cancel("via-gather")
    r = await asyncio.gather(outer, return_exceptions=True)
    print("D outcome", outer.cancelled(), [k.cancelled() for k in kids], repr(r[0]))

asyncio.run(main())
