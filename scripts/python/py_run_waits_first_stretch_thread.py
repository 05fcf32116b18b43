import asyncio, time

def slow():
    time.sleep(0.2)
    print("thread done")

async def main():
    asyncio.get_running_loop().run_in_executor(None, slow)
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
print("after run")
