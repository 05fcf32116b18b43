import asyncio
async def c():
    return 1
async def main():
    co = c()
    print(await co)
    try:
        print("second await ->", await co)
    except RuntimeError as e:
        print("RuntimeError", e)
asyncio.run(main())
