import asyncio
async def w(n):
    print("w", n)
    await asyncio.sleep(0.1)
    return n
async def main():
    t = asyncio.create_task(w(1))
    r = await asyncio.gather(t, t, w(2), t)
    print(r)
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, f.set_result, "f")
    print(await asyncio.gather(f, f))
asyncio.run(main())
