import asyncio
class ValueError2(Exception): pass
async def level3():
    try:
        await asyncio.sleep(0.1)
        raise ValueError("deep")
    finally:
        print("finally 3")
async def level2():
    try:
        return await level3()
    finally:
        print("finally 2")
async def level1():
    try:
        await level2()
    except ValueError as e:
        print("level1 caught", type(e).__name__, str(e))
        raise KeyError("k") from e
    finally:
        print("finally 1")
async def main():
    try:
        await level1()
    except KeyError as e:
        print("main caught", type(e).__name__, str(e), type(e.__cause__).__name__, str(e.__cause__))
    t = asyncio.create_task(level2())
    try:
        await t
    except ValueError as e:
        print("task raised", type(e).__name__, str(e), t.done(), t.exception() is e)
asyncio.run(main())
