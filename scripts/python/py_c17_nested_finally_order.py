import asyncio
async def c():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("c except", repr(str(e)))
        raise
    finally:
        print("c finally")
async def b():
    try:
        await c()
    finally:
        print("b finally")
async def a():
    try:
        return await b()
    except asyncio.CancelledError:
        print("a except; cancelling", asyncio.current_task().cancelling())
        raise
    finally:
        print("a finally")
async def main():
    t = asyncio.create_task(a())
    await asyncio.sleep(0.1)
    t.cancel("deep")
    print("cancel requested")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main", repr(str(e)), t.cancelled())
asyncio.run(main())
