import asyncio
async def c():
    print("c runs")
    return 1
async def g():
    print("g started")
    try:
        await asyncio.sleep(1)
    finally:
        print("g finally")
async def main():
    co = c()
    print(asyncio.iscoroutine(co), asyncio.iscoroutinefunction(c))
    print(await co)
    try:
        await co
    except RuntimeError as e:
        print("reuse:", e)
    t = asyncio.create_task(g())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("gen task cancelled before start", t.cancelled())
    t = asyncio.create_task(g())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("gen task cancelled after start", t.cancelled())
asyncio.run(main())
