import asyncio
async def c():
    return 1
async def main():
    co = c()
    await co
    t = asyncio.create_task(co)
    try:
        await t
    except RuntimeError as e:
        print("task raised RuntimeError", e)
asyncio.run(main())
