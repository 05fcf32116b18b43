import asyncio, types
@types.coroutine
def bad(v):
    try:
        yield v
        print("not reached")
    except RuntimeError as e:
        print("caught inside generator:", type(e).__name__)
    r = yield from asyncio.sleep(0.01, "slept").__await__()
    return r
async def main():
    for v in ["text", 3.5, None]:
        t = asyncio.create_task(bad(v))
        print(repr(v), "->", await t)
    try:
        print("awaited directly ->", await bad(7))
    except RuntimeError as e:
        print("direct:", type(e).__name__)
asyncio.run(main())
