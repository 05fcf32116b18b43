import asyncio
class MyErr(Exception): pass
async def waiter(name, fut):
    try:
        await fut
    except Exception as e:
        print(name, "got", type(e).__name__, str(e))
        return e
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    ws = [asyncio.create_task(waiter(f"w{i}", f)) for i in range(3)]
    await asyncio.sleep(0)
    loop.call_later(0.1, f.set_exception, MyErr("shared"))
    res = await asyncio.gather(*ws)
    print("same object", all(r is res[0] for r in res), res[0] is f.exception())
    # set_exception with a class
    g = loop.create_future()
    g.set_exception(MyErr)
    print("class ->", type(g.exception()).__name__, repr(str(g.exception())))
    # set_exception then set_result
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, str(e))
    try:
        g.set_exception(ValueError("again"))
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, str(e))
    # set_exception on cancelled future
    h = loop.create_future(); h.cancel()
    try:
        h.set_exception(ValueError("x"))
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, str(e))
    # done callback sees exception
    k = loop.create_future()
    k.add_done_callback(lambda fut: print("cb", type(fut.exception()).__name__, str(fut.exception())))
    k.set_exception(RuntimeError("in cb"))
    print("before yield")
    await asyncio.sleep(0)
    print("after yield")
    k.exception()
asyncio.run(main())
