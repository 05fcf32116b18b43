import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
async def coro_fn():
    print("should not run")
for name, fn in [("call_soon", lambda c: loop.call_soon(c)),
                 ("call_later", lambda c: loop.call_later(0.01, c)),
                 ("call_at", lambda c: loop.call_at(loop.time(), c))]:
    for label, cb in [("coroutine function", coro_fn)]:
        try:
            fn(cb)
            print(name, label, "accepted")
        except TypeError as e:
            print(name, label, "TypeError:", e)
h = loop.call_soon(print, "fine")
loop.run_until_complete(asyncio.sleep(0.02))
loop.close()
