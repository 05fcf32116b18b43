import asyncio, types
@types.coroutine
def bare():
    print("bare: before yield")
    yield
    print("bare: after yield")
    return "bare-done"
@types.coroutine
def bad():
    yield 42
async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(other())
    print("main awaits bare")
    print(await bare())
    await t
    t2 = asyncio.create_task(bad())
    try:
        await t2
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
