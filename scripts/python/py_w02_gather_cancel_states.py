import asyncio
async def w(n, d):
    await asyncio.sleep(d)
    return n
async def main():
    g = asyncio.gather(w(1, 0.1), w(2, 0.2))
    await asyncio.sleep(0.5)
    print("late cancel ->", g.cancel(), g.done(), g.result())
    g = asyncio.gather(w(3, 0.1), w(4, 1))
    await asyncio.sleep(0.5)
    print("cancel ->", g.cancel("stop"), "cancelled right after:", g.cancelled(), g.done())
    try:
        await g
    except asyncio.CancelledError as e:
        print("raised CancelledError msg", repr(str(e)))
    print("done", g.done(), "cancelled", g.cancelled())
    x = g.exception()
    print("exception()", type(x).__name__, repr(str(x)))
    g = asyncio.gather(w(5, 1), w(6, 0.1), return_exceptions=True)
    await asyncio.sleep(0.5)
    print("cancel retexc ->", g.cancel())
    try:
        print("got", await g)
    except asyncio.CancelledError as e:
        print("retexc gather raised CancelledError", repr(str(e)))
asyncio.run(main())
