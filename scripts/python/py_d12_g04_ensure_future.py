import asyncio
async def coro(n):
    print("coro start", n)
    await asyncio.sleep(0.01 * n)
    print("coro end", n)
    return n
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
f = loop.create_future()
print("same future:", asyncio.ensure_future(f) is f)
t = asyncio.ensure_future(coro(1))
print("is task:", isinstance(t, asyncio.Task), "same task:", asyncio.ensure_future(t) is t)
print("task name:", t.get_name())
try:
    asyncio.ensure_future(42)
except TypeError as e:
    print("TypeError")
loop.call_later(0.02, f.set_result, "F")
g = asyncio.gather(t, f, coro(2), asyncio.ensure_future(coro(3)))
print("gather is future:", isinstance(g, asyncio.Future))
print("gathered:", loop.run_until_complete(g))
t2 = asyncio.ensure_future(coro(4))
print("t2 name", t2.get_name(), "done?", t2.done())
print(loop.run_until_complete(t2), t2.done(), t2.result())
loop.close()
