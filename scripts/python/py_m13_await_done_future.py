import asyncio
async def other():
    print("other runs")
async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result("f")
    asyncio.create_task(other())
    print("got", await f)
    await asyncio.sleep(0)
asyncio.run(main())
