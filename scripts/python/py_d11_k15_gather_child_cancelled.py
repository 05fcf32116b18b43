import asyncio
async def w(name, d, v=None):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return v or name
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(str(e)))
        raise
async def self_cancel():
    await asyncio.sleep(0.05)
    raise asyncio.CancelledError("own cancel")
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("bad")
def desc(x):
    if isinstance(x, BaseException):
        return type(x).__name__ + "(" + repr(str(x)) + ")"
    return repr(x)
async def main():
    # 1: a child raises CancelledError itself
    other = asyncio.create_task(w("o1", 0.2))
    try:
        await asyncio.gather(self_cancel(), other)
    except asyncio.CancelledError as e:
        print("1 gather raised", repr(str(e)), "outer cancelling", asyncio.current_task().cancelling(), "other done", other.done())
    print("1 other", await other)
    # 2: same with return_exceptions
    r = await asyncio.gather(self_cancel(), w("o2", 0.1), return_exceptions=True)
    print("2", " ".join(desc(x) for x in r))
    # 3: nested gathers, innermost child cancelled
    leaf = asyncio.create_task(w("leaf", 1))
    inner = asyncio.gather(leaf, w("sib", 0.1))
    outer = asyncio.gather(inner, w("top", 0.15), return_exceptions=True)
    await asyncio.sleep(0.05)
    leaf.cancel("leaf-msg")
    r = await outer
    print("3", " ".join(desc(x) for x in r), "inner cancelled", inner.cancelled())
    # 4: one child fails first, then another is cancelled
    c = asyncio.create_task(w("c4", 1))
    g = asyncio.gather(bad(0.05), c)
    try:
        await g
    except ValueError as e:
        print("4 ValueError; c4 done", c.done())
    c.cancel("late")
    try:
        await c
    except asyncio.CancelledError as e:
        print("4 c4", repr(str(e)), "g.done", g.done(), "g.exception", desc(g.exception()))
    # 5: child task cancelled before gather awaited at all
    t = asyncio.create_task(w("t5", 1))
    t.cancel("pre")
    g = asyncio.gather(t, w("u5", 0.05))
    try:
        await g
    except asyncio.CancelledError as e:
        print("5 raised", repr(str(e)), "g.cancelled", g.cancelled())
    await asyncio.sleep(0.1)
asyncio.run(main())
