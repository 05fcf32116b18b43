import asyncio
async def w():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0.1)
        return "swallowed"
async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    t.cancel()
    try:
        print("result", await t)
    except asyncio.CancelledError:
        print("raised CancelledError")
asyncio.run(main())
