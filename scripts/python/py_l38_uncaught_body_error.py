import asyncio
async def helper():
    try:
        await asyncio.sleep(10)
    finally:
        print("helper finally")
async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(0.1)
    print("main raising")
    raise KeyError("fatal")
print("start")
asyncio.run(main())
print("never printed")
