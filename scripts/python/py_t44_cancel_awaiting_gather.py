import asyncio
async def w(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("w", n, "cancelled")
        raise
async def caller():
    try:
        await asyncio.gather(w(1), w(2))
    except asyncio.CancelledError:
        print("caller cancelled")
        raise
async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(1)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main: caller cancelled", t.cancelled())
asyncio.run(main())
