import asyncio
async def err_then_cancelled_in_finally():
    try:
        await asyncio.sleep(0.1)
        raise ValueError("original")
    finally:
        print("finally: awaiting cleanup")
        await asyncio.sleep(1)
        print("finally: never")
async def cancel_then_error_in_except():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("except: got", type(e).__name__, repr(str(e)))
        raise RuntimeError("converted") from e
async def error_swallowed_by_finally_return():
    try:
        await asyncio.sleep(0.1)
        raise ValueError("lost")
    finally:
        return "finally wins"
async def main():
    t = asyncio.create_task(err_then_cancelled_in_finally())
    await asyncio.sleep(0.3)
    t.cancel("stop")
    try:
        await t
    except BaseException as e:
        print("1", type(e).__name__, repr(str(e)), t.cancelled(), type(e.__context__).__name__ if e.__context__ else None)
    t = asyncio.create_task(cancel_then_error_in_except())
    await asyncio.sleep(0.1)
    t.cancel("msg2")
    try:
        await t
    except BaseException as e:
        print("2", type(e).__name__, repr(str(e)), t.cancelled(), type(e.__cause__).__name__)
    print("3", await asyncio.create_task(error_swallowed_by_finally_return()))
asyncio.run(main())
