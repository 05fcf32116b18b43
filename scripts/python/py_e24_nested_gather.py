import asyncio
async def leaf(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name)
        print("leaf", name, "ok")
        return name
    except asyncio.CancelledError:
        print("leaf", name, "cancelled")
        raise
async def main():
    inner1 = asyncio.gather(leaf("a", 0.1), leaf("b", 0.2, True))
    inner2 = asyncio.gather(leaf("c", 0.3), leaf("d", 0.4))
    try:
        await asyncio.gather(inner1, inner2)
    except ValueError as e:
        print("outer got", str(e), inner1.done(), inner2.done())
    await asyncio.sleep(0.5)
    print("inner2", inner2.result())
    r = await asyncio.gather(asyncio.gather(leaf("e", 0.1, True), leaf("f", 0.1)), leaf("g", 0.05, True), return_exceptions=True)
    print([(type(x).__name__, str(x)) for x in r])
    # cancelling outer gather cancels nested
    outer = asyncio.gather(asyncio.gather(leaf("h", 1), leaf("i", 1)), leaf("j", 1))
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer cancelled", outer.cancelled())
asyncio.run(main())
