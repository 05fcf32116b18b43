import asyncio
async def main():
    try:
        async with asyncio.timeout(0):
            print("inside")
    except TimeoutError:
        print("expired")
    await asyncio.sleep(0)
    print("after")
    await asyncio.sleep(0.1)
    print("end")
asyncio.run(main())
