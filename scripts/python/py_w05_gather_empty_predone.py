import asyncio
async def main():
    loop = asyncio.get_running_loop()
    g = asyncio.gather()
    print("empty:", g.done(), g.result(), g.cancel(), g.cancelled())
    print("await empty:", await g)
    print("await empty retexc:", await asyncio.gather(return_exceptions=True))
    f = loop.create_future()
    f.set_result(1)
    g3 = asyncio.gather(f)
    print("g3 done before await", g3.done())
    await asyncio.sleep(0)
    print("g3 done after sleep0", g3.done(), g3.result())
    e = loop.create_future()
    e.set_exception(ValueError("pre"))
    g4 = asyncio.gather(f, e)
    print("g4 done before", g4.done())
    try:
        await g4
    except ValueError as x:
        print("g4 raised", x)
    c = loop.create_future()
    c.cancel()
    g5 = asyncio.gather(c, f, return_exceptions=True)
    print("g5", [type(x).__name__ for x in await g5])
asyncio.run(main())
