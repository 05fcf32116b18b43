import asyncio
async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover finally")
async def failing_leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("failed while cancelled")
async def main():
    asyncio.create_task(leftover())
    asyncio.create_task(failing_leftover())
    await asyncio.sleep(0.1)
    raise KeyError("main failed")
try:
    asyncio.run(main())
except KeyError as e:
    print("caught", type(e).__name__)
