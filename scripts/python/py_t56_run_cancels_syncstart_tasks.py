import asyncio
async def bg(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("bg", n, "finally")
async def helper():
    asyncio.create_task(bg("from helper"))
    await asyncio.sleep(0.1)
async def main():
    asyncio.create_task(bg("sync start"))
    await helper()
    print("main returns")
asyncio.run(main())
print("run returned")
