import asyncio
async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)
async def sub():
    await asyncio.sleep(0)
    return "sub-done"
async def main():
    t = asyncio.create_task(other())
    print(await sub())
    await t
asyncio.run(main())
