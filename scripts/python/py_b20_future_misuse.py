import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    for label, fn in [("set_result twice", lambda: f.set_result(2)),
                      ("set_exception after result", lambda: f.set_exception(KeyError("k")))]:
        try:
            fn()
        except asyncio.InvalidStateError as e:
            print(label, type(e).__name__, repr(str(e)))
    print("result kept", f.result())
    g = loop.create_future()
    for label, arg in [("string", "oops"), ("number", 5), ("None", None)]:
        try:
            g.set_exception(arg)
            print("set_exception", label, "accepted")
        except TypeError as e:
            print("set_exception", label, type(e).__name__)
    print("g still pending", not g.done())
    g.set_exception(KeyError("k"))
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result after exception", type(e).__name__, repr(str(e)))
    try:
        await g
    except KeyError as e:
        print("await g raises", type(e).__name__, e)
    h = loop.create_future()
    print("cancel", h.cancel(), "again", h.cancel())
    try:
        h.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result on cancelled", type(e).__name__, repr(str(e)))
    t = asyncio.create_task(asyncio.sleep(0.01))
    for label, fn in [("Task.set_result", lambda: t.set_result(1)),
                      ("Task.set_exception", lambda: t.set_exception(KeyError("k")))]:
        try:
            fn()
        except RuntimeError as e:
            print(label, type(e).__name__, e)
    await t
asyncio.run(main())
