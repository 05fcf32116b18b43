import asyncio
async def w(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")
async def main():
    ts = [asyncio.create_task(w(n, k)) for n, k in (("a", 3), ("b", 1), ("c", 2))]
    print("main before")
    await asyncio.sleep(0)
    print("main after 1")
    await asyncio.sleep(0)
    print("main after 2")
    await asyncio.gather(*ts)
    print("main end")
asyncio.run(main())
