import asyncio

async def w(n, d, swallow=False):
    try:
        await asyncio.sleep(d)
        return n
    except asyncio.CancelledError:
        if swallow:
            print("w", n, "swallows")
            return f"sw{n}"
        print("w", n, "cancelled")
        raise

def st(t):
    return "C" if t.cancelled() else (type(t.exception()).__name__ if t.exception() else t.result())

async def main():
    # cancel the gather future itself, one child swallows
    ts = [asyncio.ensure_future(w(1, 1)), asyncio.ensure_future(w(2, 1, True)), asyncio.ensure_future(w(3, 0.05))]
    g = asyncio.gather(*ts)
    await asyncio.sleep(0.1)
    print("g.cancel ->", g.cancel("gmsg"), "again ->", g.cancel())
    try:
        print("gather returned", await g)
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args, "g.cancelled", g.cancelled())
    print([st(t) for t in ts])
    # timeout around gather with return_exceptions, one child swallows
    ts = [asyncio.ensure_future(w(4, 1)), asyncio.ensure_future(w(5, 1, True))]
    try:
        async with asyncio.timeout(0.1):
            r = await asyncio.gather(*ts, return_exceptions=True)
            print("gather returned", [type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    except TimeoutError:
        print("TimeoutError")
    print([st(t) for t in ts])
    # cancel a child directly; gather without return_exceptions
    ts = [asyncio.ensure_future(w(6, 1)), asyncio.ensure_future(w(7, 0.3))]
    g = asyncio.gather(*ts)
    await asyncio.sleep(0.1)
    ts[0].cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather propagated child cancel; g.cancelled", g.cancelled(), "done", g.done())
    await asyncio.sleep(0.3)
    print([st(t) for t in ts])

asyncio.run(main())
