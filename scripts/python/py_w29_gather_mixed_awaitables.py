import asyncio
async def co(n, d):
    await asyncio.sleep(d)
    return n
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.3, f.set_result, "future")
    t = asyncio.create_task(co("task", 0.2))
    ef = loop.create_future()
    loop.call_later(0.1, ef.set_exception, KeyError("k"))
    r = await asyncio.gather(f, t, co("coro", 0.1), asyncio.sleep(0.05, "sleep"), ef, asyncio.gather(co("inner", 0.15)), return_exceptions=True)
    print([x if not isinstance(x, BaseException) else type(x).__name__ for x in r])
    try:
        await asyncio.gather(co(1, 0.1), asyncio.gather(co(2, 0.2), asyncio.sleep(0.05, KeyError("not raised"))), ef)
    except KeyError as e:
        print("nested gather raised KeyError", e)
    r = await asyncio.gather(asyncio.gather(), asyncio.gather(co("x", 0)))
    print(r)
asyncio.run(main())
