import asyncio
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "x", 1)
    print(repr(h))
    h.cancel()
    print(repr(h))
    h2 = loop.call_soon(print)
    print(repr(h2))
    await asyncio.sleep(0)
    print(repr(h2))
asyncio.run(main())
