import asyncio
async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0.1)
        print("leftover unwound")
        raise
async def quick():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("quick swallowed")
async def main():
    asyncio.create_task(leftover())
    asyncio.create_task(quick())
    await asyncio.sleep(0)
asyncio.run(main())
print("after run")
