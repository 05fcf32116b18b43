import asyncio

done = False

async def setter():
    global done
    await asyncio.sleep(1)
    done = True
    print("set")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(setter())
    n = 0
    while not done:
        n += 1
        await asyncio.sleep(0)
    print("saw done", n > 1000, round(loop.time() - t0, 1))
    await t

asyncio.run(main())
