import asyncio

async def a():
    try:
        raise ValueError("original")
    finally:
        await asyncio.sleep(1)      # timeout fires here

async def b():
    try:
        await asyncio.sleep(1)
    finally:
        raise KeyError("cleanup failed")

async def c():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.01)
        raise RuntimeError("replaced")

async def run(tag, f, how):
    try:
        if how == "cm":
            async with asyncio.timeout(0.1):
                await f()
        elif how == "wf":
            await asyncio.wait_for(f(), 0.1)
        else:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(f())
                async def fail():
                    await asyncio.sleep(0.1)
                    raise OSError("sibling")
                tg.create_task(fail())
        print(tag, how, "no error")
    except* Exception as eg:
        for e in eg.exceptions:
            print(tag, how, type(e).__name__, e.args[0] if e.args else "", "cancelling", asyncio.current_task().cancelling())

async def main():
    for f, tag in ((a, "a"), (b, "b"), (c, "c")):
        for how in ("cm", "wf", "tg"):
            await run(tag, f, how)

asyncio.run(main())
