import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
async def job(v, d):
    await asyncio.sleep(d)
    if v < 0:
        raise ValueError(f"neg {v}")
    return v
def cb(tag):
    def f(t):
        if t.cancelled():
            print("cb", tag, "cancelled")
        elif t.exception() is not None:
            print("cb", tag, "exception", repr(t.exception()))
        else:
            print("cb", tag, "result", t.result())
    return f
def bad_cb(t):
    print("bad_cb runs then raises")
    raise RuntimeError("in callback")
t1 = loop.create_task(job(1, 0.02))
t2 = loop.create_task(job(-2, 0.01))
t3 = loop.create_task(job(3, 0.5))
a, b = cb("a"), cb("b")
for t in (t1, t2, t3):
    t.add_done_callback(a)
    t.add_done_callback(bad_cb)
    t.add_done_callback(b)
print("removed b from t1:", t1.remove_done_callback(b))
async def waiter():
    try:
        r = await t1
        print("waiter got", r)
    except Exception as e:
        print("waiter error", e)
w = loop.create_task(waiter())
t1.add_done_callback(cb("after-waiter"))
loop.call_later(0.03, t3.cancel)
res = loop.run_until_complete(asyncio.gather(t1, t2, t3, w, return_exceptions=True))
print([type(r).__name__ for r in res])
loop.close()
