import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    async def reader(name):
        try:
            v = await f
            print(name, "read", v)
            return v
        except asyncio.CancelledError:
            print(name, "saw cancel")
            raise
    r1 = asyncio.create_task(reader("r1"))
    r2 = asyncio.create_task(reader("r2"))
    await asyncio.sleep(0)
    r1.cancel("only r1")
    await asyncio.sleep(0)
    print("f cancelled by r1's cancel?", f.cancelled())
    res = await asyncio.gather(r1, r2, return_exceptions=True)
    print([type(x).__name__ for x in res])
    f2 = loop.create_future()
    async def reader2(name):
        return await asyncio.shield(f2)
    s1 = asyncio.create_task(reader2("s1"))
    s2 = asyncio.create_task(reader2("s2"))
    await asyncio.sleep(0)
    s1.cancel()
    await asyncio.sleep(0)
    print("f2 cancelled?", f2.cancelled())
    f2.set_result("shielded value")
    res = await asyncio.gather(s1, s2, return_exceptions=True)
    print([x if isinstance(x, str) else type(x).__name__ for x in res])
asyncio.run(main())
