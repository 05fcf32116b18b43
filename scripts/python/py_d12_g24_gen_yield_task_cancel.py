import asyncio, types
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
async def inner(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "inner finished")
        return name
    except asyncio.CancelledError:
        print(name, "inner cancelled")
        raise
@types.coroutine
def outer():
    t = asyncio.ensure_future(inner("A", 1))
    try:
        r = yield from t
        print("outer got", r)
    except asyncio.CancelledError:
        print("outer cancelled; inner task cancelled?", t.cancelled())
        raise
@types.coroutine
def outer_shielded():
    t = asyncio.ensure_future(inner("B", 0.05))
    try:
        yield from asyncio.shield(t)
    except asyncio.CancelledError:
        print("outer_shielded cancelled; inner still running?", not t.done())
    r = yield from t
    print("outer_shielded finally got", r)
    return r
o1 = loop.create_task(outer())
o2 = loop.create_task(outer_shielded())
loop.run_until_complete(asyncio.sleep(0.01))
o1.cancel()
o2.cancel()
res = loop.run_until_complete(asyncio.gather(o1, o2, return_exceptions=True))
print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
loop.close()
