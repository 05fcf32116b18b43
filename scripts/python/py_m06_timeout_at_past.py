import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("inside")
            await asyncio.sleep(0.1)
            print("after sleep")
    except TimeoutError:
        print("expired")
asyncio.run(main())
