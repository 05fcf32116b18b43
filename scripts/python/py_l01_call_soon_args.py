import asyncio
def cb(*args):
    print("cb", *args)
def chain(n):
    print("chain", n)
    if n < 3:
        asyncio.get_running_loop().call_soon(chain, n + 1)
async def worker(name):
    print("worker", name, "start")
    await asyncio.sleep(0)
    print("worker", name, "after sleep0")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1, "two", 3)
    asyncio.create_task(worker("A"))
    loop.call_soon(chain, 1)
    loop.call_soon(cb)
    asyncio.create_task(worker("B"))
    loop.call_soon(cb, "last")
    print("main scheduled")
    await asyncio.sleep(0)
    print("main after first sleep0")
    await asyncio.sleep(0)
    print("main after second sleep0")
    await asyncio.sleep(0)
    print("main done")
asyncio.run(main())
