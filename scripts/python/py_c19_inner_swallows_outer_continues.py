import asyncio
async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner swallows")
        return 5
async def outer(i):
    v = await i
    print("outer got", v, "cancelling", asyncio.current_task().cancelling())
    await asyncio.sleep(0.1)
    print("outer keeps going")
    return v * 2
async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.1)
    print("cancel outer ->", o.cancel())
    print("counts", i.cancelling(), o.cancelling())
    print("result", await o, "o.cancelled", o.cancelled(), "i.result", i.result())
asyncio.run(main())
