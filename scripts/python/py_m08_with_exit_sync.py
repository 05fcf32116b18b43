import asyncio
async def other():
    print("other runs")
async def main():
    asyncio.create_task(other())
    async with asyncio.timeout(10):
        print("in body")
    print("after timeout block")
    async with asyncio.TaskGroup() as tg:
        print("in tg body")
    print("after tg block")
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
