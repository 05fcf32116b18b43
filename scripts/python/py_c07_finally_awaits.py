import asyncio
async def w():
    try:
        await asyncio.sleep(10)
    finally:
        print("finally start in", asyncio.current_task().get_name())
        await asyncio.sleep(0.5)
        print("finally end")
async def other():
    for i in range(4):
        print("other", i)
        await asyncio.sleep(0.2)
async def main():
    t = asyncio.create_task(w(), name="W")
    o = asyncio.create_task(other())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0)
    print("t done?", t.done(), "cancelling", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    await o
asyncio.run(main())
