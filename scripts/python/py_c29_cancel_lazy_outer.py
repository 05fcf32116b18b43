import asyncio
async def inner():
    await asyncio.sleep(0.1)
    print("inner finished")
    return 1
async def outer(i):
    print("outer started")
    return await i
async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("o cancelled", o.cancelled(), "i cancelled", i.cancelled(), "i cancelling", i.cancelling())
    print("i result", await i)
asyncio.run(main())
