import asyncio

async def work(tag):
    try:
        await asyncio.sleep(0.1)
        print(tag, "slept")
    finally:
        print(tag, "finally")

async def outer(tag):
    try:
        await work(tag)
    except asyncio.CancelledError:
        print(tag, "outer caught CancelledError")
        raise

async def main():
    t = asyncio.create_task(outer("A"))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("A task cancelled", t.cancelled())
    await asyncio.sleep(0.2)
    cm = asyncio.timeout(0.05)
    try:
        async with cm:
            await work("B")
    except BaseException as e:
        print("B caught", type(e).__name__, "expired", cm.expired())
    await asyncio.sleep(0.2)
    try:
        await asyncio.wait_for(outer("C"), 0.05)
    except BaseException as e:
        print("C caught", type(e).__name__)
    await asyncio.sleep(0.2)
    print("end")

asyncio.run(main())
