import asyncio
async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other finally")
async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0.1)
    asyncio.get_running_loop().stop()
    print("stopped")
    await asyncio.sleep(0.1)
    print("after")
try:
    asyncio.run(main())
except RuntimeError as e:
    print("RuntimeError", e)
