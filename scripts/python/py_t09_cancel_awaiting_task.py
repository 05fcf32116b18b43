import asyncio
async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
    finally:
        print("inner finally")
async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise
async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.1)
    o.cancel()
    print("i.done", i.done(), "o.done", o.done())
    await asyncio.sleep(0)
    print("step1 i.done", i.done(), "o.done", o.done())
    await asyncio.sleep(0)
    print("step2 i.done", i.done(), "o.done", o.done())
    await asyncio.sleep(0)
    print("step3 i.done", i.done(), "o.done", o.done())
    print(i.cancelled(), o.cancelled())
asyncio.run(main())
