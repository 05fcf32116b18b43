import asyncio
async def target():
    try:
        await asyncio.sleep(5)
        return "t"
    except asyncio.CancelledError:
        print("target cancelled")
        raise
async def waiter(name, t):
    try:
        print(name, "got", await t)
    except asyncio.CancelledError:
        print(name, "cancelled")
async def main():
    t = asyncio.create_task(target())
    a = asyncio.create_task(waiter("a", t))
    b = asyncio.create_task(waiter("b", t))
    await asyncio.sleep(0.1)
    a.cancel()
    await asyncio.gather(a, b)
    print(t.cancelled())
asyncio.run(main())
