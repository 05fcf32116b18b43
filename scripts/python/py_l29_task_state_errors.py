import asyncio
async def slow():
    await asyncio.sleep(1)
    return 1
async def main():
    t = asyncio.create_task(slow())
    for label, fn in [("result", t.result), ("exception", t.exception),
                      ("set_result", lambda: t.set_result(1)),
                      ("set_exception", lambda: t.set_exception(ValueError()))]:
        try:
            fn()
        except (asyncio.InvalidStateError, RuntimeError) as e:
            print(label, type(e).__name__, e)
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError:
        pass
    for label, fn in [("result", t.result), ("exception", t.exception)]:
        try:
            fn()
        except asyncio.CancelledError as e:
            print("cancelled", label, "CancelledError", e.args)
asyncio.run(main())
