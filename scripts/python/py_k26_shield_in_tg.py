import asyncio

async def precious(n):
    try:
        await asyncio.sleep(0.3)
        print("precious", n, "completed")
        return f"p{n}"
    finally:
        print("precious", n, "finally")

async def child_shields(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("child_shields cancelled; inner done", inner.done())
        raise

async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("boom")

async def main():
    inner = asyncio.ensure_future(precious(1))
    try:
        async with asyncio.TaskGroup() as tg:
            c = tg.create_task(child_shields(inner))
            tg.create_task(boom())
    except* ValueError:
        print("group failed; child cancelled", c.cancelled(), "inner done", inner.done())
    print("inner ->", await inner)
    # timeout around shield inside a group child; group waits for child only
    async def timed():
        inner2 = asyncio.ensure_future(precious(2))
        try:
            async with asyncio.timeout(0.1):
                await asyncio.shield(inner2)
        except TimeoutError:
            print("timed: timeout; inner2 still running", not inner2.done())
        return inner2
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(timed())
    inner2 = t.result()
    print("group done; inner2 done", inner2.done())
    print("inner2 ->", await inner2)

asyncio.run(main())
