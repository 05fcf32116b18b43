import asyncio, types
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
def leaf(n):
    # plain generator, yields asyncio futures
    fut = loop.create_future()
    loop.call_later(0.01 * n, fut.set_result, n * 10)
    v = yield from fut
    print("leaf", n, "got", v)
    return v + 1
def middle(n):
    a = yield from leaf(n)
    b = yield from leaf(n + 1)
    print("middle", n, a, b)
    return a + b
async def native(x):
    await asyncio.sleep(0.01)
    print("native", x)
    return x * 2
@types.coroutine
def top(name):
    print(name, "start")
    r = yield from middle(1)
    s = yield from native(r)
    t = yield from asyncio.sleep(0.01, "slept")
    print(name, "results", r, s, t)
    return (name, r, s)
@types.coroutine
def failing():
    yield from asyncio.sleep(0.01)
    raise ValueError("gen boom")
@types.coroutine
def catcher():
    try:
        yield from failing()
    except ValueError as e:
        print("caught in generator:", e)
    try:
        x = yield from native("bad-" + 1)
    except TypeError as e:
        print("caught TypeError in generator")
    return "catcher ok"
print(loop.run_until_complete(top("A")))
print(loop.run_until_complete(catcher()))
print(loop.run_until_complete(asyncio.gather(top("B"), top("C"))))
loop.close()
