import asyncio
async def target():
    await asyncio.sleep(0.1)
    return "T"
async def awaiter(name, t):
    r = await t
    print(name, "resumed with", r)
async def main():
    t = asyncio.create_task(target())
    t.add_done_callback(lambda f: print("cb1", f.result()))
    a1 = asyncio.create_task(awaiter("a1", t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("cb2 (after a1 registered)"))
    a2 = asyncio.create_task(awaiter("a2", t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("cb3"))
    print("main awaits")
    r = await t
    print("main resumed", r)
    await asyncio.gather(a1, a2)
asyncio.run(main())
