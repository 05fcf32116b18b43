import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for label, fn in [("result", f.result), ("exception", f.exception)]:
        try:
            fn()
        except asyncio.InvalidStateError as e:
            print(label, type(e).__name__, repr(str(e)))
    f.set_result(1)
    for label, fn in [("set_result", lambda: f.set_result(2)), ("set_exception", lambda: f.set_exception(ValueError()))]:
        try:
            fn()
        except asyncio.InvalidStateError as e:
            print(label, type(e).__name__, repr(str(e)))
    print("exception of ok", f.exception(), "cancel", f.cancel())
    c = loop.create_future()
    c.cancel("why")
    for label, fn in [("result", c.result), ("exception", c.exception), ("set_result", lambda: c.set_result(1))]:
        try:
            fn()
        except asyncio.CancelledError as e:
            print(label, type(e).__name__, repr(str(e)))
        except asyncio.InvalidStateError as e:
            print(label, type(e).__name__, repr(str(e)))
    print(issubclass(asyncio.InvalidStateError, Exception), issubclass(asyncio.CancelledError, Exception))
asyncio.run(main())
