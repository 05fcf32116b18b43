import asyncio
async def leftover(n, d):
    try:
        print("leftover", n, "start")
        await asyncio.sleep(d)
        print("leftover", n, "finished")
    except asyncio.CancelledError:
        print("leftover", n, "cancelled")
        await asyncio.sleep(0.1)
        print("leftover", n, "unwound")
        raise
    finally:
        print("leftover", n, "finally")
async def swallow():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("swallow swallowed")
        return "ignored"
async def main():
    asyncio.create_task(leftover(1, 10))
    asyncio.create_task(leftover(2, 0.05))
    asyncio.create_task(swallow())
    await asyncio.sleep(0.1)
    print("main returns")
    return "m"
print(asyncio.run(main()))
print("after run")
