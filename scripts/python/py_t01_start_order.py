import asyncio
async def w(name, d):
    print("start", name)
    await asyncio.sleep(d)
    print("end", name)
    return name
async def main():
    a = asyncio.create_task(w("a", 0.3))
    b = asyncio.create_task(w("b", 0.1))
    c = asyncio.create_task(w("c", 0.2))
    print("created")
    await asyncio.sleep(0)
    print("after sleep0")
    print(await a, await b, await c)
asyncio.run(main())
