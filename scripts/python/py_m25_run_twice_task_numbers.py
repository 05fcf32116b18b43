import asyncio
async def main():
    print(asyncio.current_task().get_name())
asyncio.run(main())
asyncio.run(main())
