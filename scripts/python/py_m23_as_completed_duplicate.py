import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(0.1, "t"))
    for f in asyncio.as_completed([t, t]):
        print("got", await f)
    print("end")
asyncio.run(main())
