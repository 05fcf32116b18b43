import asyncio
async def w():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("w caught")
        await asyncio.sleep(0.1)
        print("w unwound")
        raise
async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("done after 1 step:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("end")
asyncio.run(main())
