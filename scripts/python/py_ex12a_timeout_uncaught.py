import asyncio

async def long_running_task():
    await asyncio.sleep(3600)
    print("long_running_task finished")

async def main():
    async with asyncio.timeout(10):
        await long_running_task()

asyncio.run(main())
