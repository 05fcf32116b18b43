import asyncio
async def waiter(name, f):
    print(name, "woke", await f)
async def setter(f, g):
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon before set")
    f.set_result("F")
    loop.call_soon(print, "soon between")
    g.set_result("G")
    loop.call_soon(print, "soon after set")
    print("setter continues")
    await asyncio.sleep(0)
    print("setter after yield")
async def main():
    loop = asyncio.get_running_loop()
    f, g = loop.create_future(), loop.create_future()
    wg = asyncio.create_task(waiter("wg", g))
    wf = asyncio.create_task(waiter("wf", f))
    await asyncio.sleep(0)
    s = asyncio.create_task(setter(f, g))
    await asyncio.gather(wf, wg, s)
asyncio.run(main())
