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
async def ok():
    await asyncio.sleep(0.1)
    return 9
async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("boom")
async def main():
    t = asyncio.create_task(ok())
    tryit("pending result", t.result)
    tryit("pending exception", t.exception)
    tryit("set_result on task", lambda: t.set_result(1))
    tryit("set_exception on task", lambda: t.set_exception(ValueError("z")))
    await t
    tryit("ok result", t.result)
    tryit("ok exception", t.exception)
    b = asyncio.create_task(bad())
    await asyncio.sleep(0.2)
    tryit("bad result", b.result)
    tryit("bad exception", lambda: type(b.exception()).__name__)
    print(t.done(), b.done(), t.cancelled(), b.cancelled())
asyncio.run(main())
