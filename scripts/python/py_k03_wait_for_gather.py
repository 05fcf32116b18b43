import asyncio

async def w(n, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"fail{n}")
        return n
    except asyncio.CancelledError:
        print("w", n, "cancelled")
        raise
    finally:
        print("w", n, "finally")

async def main():
    kids = []
    def mk(*a):
        t = asyncio.ensure_future(w(*a))
        kids.append(t)
        return t
    try:
        r = await asyncio.wait_for(asyncio.gather(mk(1, 0.1), mk(2, 0.5), mk(3, 0.2, True), return_exceptions=True), 0.3)
        print("result", r)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__)
    print([("cancelled" if k.cancelled() else repr(k.exception()) if k.exception() else k.result()) for k in kids])
    kids.clear()
    r = await asyncio.wait_for(asyncio.gather(mk(4, 0.1), mk(5, 0.2, True), return_exceptions=True), 0.3)
    print("result", [repr(x) if isinstance(x, Exception) else x for x in r])
    kids.clear()
    g = asyncio.gather(mk(6, 0.1), mk(7, 0.5))
    try:
        await asyncio.wait_for(g, 0.2)
    except asyncio.TimeoutError:
        print("TimeoutError 2; gather cancelled", g.cancelled(), "done", g.done())
    print([("cancelled" if k.cancelled() else k.result()) for k in kids])

asyncio.run(main())
