import asyncio
async def w(name):
    await asyncio.sleep(0.5)
    print("task", name)
async def main():
    loop = asyncio.get_running_loop()
    for n in "abc":
        asyncio.create_task(w(n))
    loop.call_later(0.5, print, "cb1")
    loop.call_later(0.5, print, "cb2")
    await asyncio.sleep(0)
    loop.call_later(0.5, print, "cb3")
    asyncio.create_task(w("d"))
    await asyncio.sleep(1)
    print("end")
asyncio.run(main())
