import asyncio
async def main():
    try:
        for f in asyncio.as_completed([asyncio.sleep(1), asyncio.sleep(2)], timeout=0.5):
            await f
    except asyncio.TimeoutError:
        print("timeout")
asyncio.run(main())
