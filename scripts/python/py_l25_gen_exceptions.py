import asyncio
async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("inner")
async def level2():
    try:
        await failing()
    finally:
        print("level2 finally")
async def level1():
    try:
        return await level2()
    except ValueError as e:
        print("level1 caught", e)
        r = await asyncio.sleep(0.1, "recovered")
        return r
async def catcher():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.1, f.set_exception, KeyError("from future"))
    try:
        await f
    except KeyError:
        print("catcher caught KeyError")
    v = await level1()
    print("catcher got", v)
    return v.upper()
async def main():
    print("result", await catcher())
asyncio.run(main())
