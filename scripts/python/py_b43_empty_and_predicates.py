import asyncio
def plain():
    pass
async def coro_fn():
    pass
async def main():
    print("gather() ->", await asyncio.gather())
    print("gather(return_exceptions=True) ->", await asyncio.gather(return_exceptions=True))
    g = asyncio.gather()
    print("empty gather done at once", g.done())
    print("as_completed([]) ->", list(asyncio.as_completed([])))
    for label, v in [("number", 5), ("None", None), ("string", "x"), ("plain fn", plain), ("async fn", coro_fn)]:
        print(label, "iscoroutine", asyncio.iscoroutine(v), "isfuture", asyncio.isfuture(v),
              "iscoroutinefunction", asyncio.iscoroutinefunction(v))
    c = coro_fn()
    print("coroutine object", asyncio.iscoroutine(c), asyncio.isfuture(c))
    await c
asyncio.run(main())
