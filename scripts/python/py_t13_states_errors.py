import asyncio
def tryit(label, fn):
    try:
        v = fn()
        print(label, "->", "None" if v is None else v)
    except asyncio.InvalidStateError as e:
        print(label, "InvalidStateError", str(e))
    except asyncio.CancelledError as e:
        print(label, "CancelledError")
    except Exception as e:
        print(label, type(e).__name__, str(e))
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    tryit("pending result", f.result)
    tryit("pending exception", f.exception)
    print("pending", f.done(), f.cancelled())
    f.set_result(3)
    tryit("done result", f.result)
    tryit("done exception", f.exception)
    tryit("set_result again", lambda: f.set_result(4))
    tryit("set_exception again", lambda: f.set_exception(ValueError("x")))
    tryit("cancel done", f.cancel)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    tryit("exc result", g.result)
    tryit("exc exception", lambda: repr(g.exception()))
    h = loop.create_future()
    tryit("cancel", h.cancel)
    tryit("cancelled result", h.result)
    tryit("cancelled exception", h.exception)
    tryit("cancelled set_result", lambda: h.set_result(1))
    print("h", h.done(), h.cancelled())
asyncio.run(main())
