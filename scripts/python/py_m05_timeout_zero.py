import asyncio
async def main():
    try:
        async with asyncio.timeout(0):
            print("inside")
            await asyncio.sleep(0)
            print("after sleep0")
    except TimeoutError:
        print("expired")
asyncio.run(main())
