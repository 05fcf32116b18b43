import asyncio
async def w():
    me = asyncio.current_task()
    print("start name", me.get_name())
    me.set_name("renamed-inside")
    await asyncio.sleep(0)
    print("after sleep", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print("after outside rename", asyncio.current_task().get_name())
async def main():
    t = asyncio.create_task(w())
    print("outside sees", t.get_name())
    await asyncio.sleep(0)
    print("outside sees", t.get_name())
    t.set_name(3.5)
    print("is str after set_name", isinstance(t.get_name(), str), t.get_name())
    await t
    u = asyncio.create_task(asyncio.sleep(0), name=None)
    print("name None ->", u.get_name())
    await u
asyncio.run(main())
