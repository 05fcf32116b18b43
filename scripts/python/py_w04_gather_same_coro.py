import asyncio
runs = []
async def w(n):
    print("run", n)
    await asyncio.sleep(0.1)
    return n
async def v(n):
    await asyncio.sleep(0.1)
    runs.append(n)
    return n * 2
async def main():
    c = w(1)
    r = await asyncio.gather(c, c, w(2), c)
    print(r)
    p = v(5)
    r = await asyncio.gather(p, v(6), p)
    print(r, runs)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    g = asyncio.gather(f, f, f)
    f.set_result("x")
    print(await g)
asyncio.run(main())
