import asyncio
async def w(n):
    await asyncio.sleep(0)
    print("w", n, "finishing")
    return n
async def other():
    print("other step 1")
    await asyncio.sleep(0)
    print("other step 2")
    await asyncio.sleep(0)
    print("other step 3")
async def main():
    t = asyncio.create_task(w(1))
    t.add_done_callback(lambda f: print("cb1 result", f.result()))
    o = asyncio.create_task(other())
    t.add_done_callback(lambda f: print("cb2"))
    r = await t
    print("main got", r)
    t.add_done_callback(lambda f: print("cb3 late"))
    print("after adding cb3")
    await o
    print("end")
asyncio.run(main())
