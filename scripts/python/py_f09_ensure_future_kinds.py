import asyncio
class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.01).__await__()
        return "awaitable-result"
async def coro():
    print("coro runs in", asyncio.current_task().get_name())
    return "coro-result"
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("future same", asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print("coro ->", type(t).__name__, t.get_name(), t.done())
    print("task same", asyncio.ensure_future(t) is t)
    a = asyncio.ensure_future(Awaitable())
    print("awaitable ->", type(a).__name__, asyncio.isfuture(a))
    print(await t, await a)
    for bad in (1, "x", None):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError")
asyncio.run(main())
