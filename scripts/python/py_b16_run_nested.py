import asyncio
async def inner():
    print("inner runs")
    return "inner"
async def main():
    await asyncio.sleep(0)
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("nested run:", type(e).__name__, e)
    print("coroutine still usable:", await c)
    loop = asyncio.get_running_loop()
    c2 = inner()
    try:
        loop.run_until_complete(c2)
    except RuntimeError as e:
        print("run_until_complete:", type(e).__name__, e)
    c2.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever:", type(e).__name__, e)
    await asyncio.sleep(0.01)
    print("loop goes on")
    return "main"
print(asyncio.run(main()))
