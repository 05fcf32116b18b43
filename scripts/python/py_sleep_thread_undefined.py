import asyncio, time
async def main():
    r = await asyncio.to_thread(time.sleep, 0.01)
    print(str(r is None).lower())
    r = await asyncio.get_running_loop().run_in_executor(None, time.sleep, 0.01)
    print(str(r is None).lower())
asyncio.run(main())
