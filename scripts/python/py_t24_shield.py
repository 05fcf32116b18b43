import asyncio
async def important():
    try:
        await asyncio.sleep(1)
        print("important finished")
        return "precious"
    finally:
        print("important finally")
async def caller(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise
async def main():
    t = asyncio.create_task(important())
    c = asyncio.create_task(caller(t))
    await asyncio.sleep(0.2)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled", c.cancelled(), "t done", t.done())
    print("t result", await t)
    s = asyncio.shield(asyncio.sleep(0.1, "x"))
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield future cancelled", s.cancelled())
    await asyncio.sleep(0.2)
    r = await asyncio.shield(asyncio.sleep(0.1, "direct"))
    print(r)
asyncio.run(main())
