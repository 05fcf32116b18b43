import asyncio
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: converting cancel into ValueError")
        raise ValueError("converted")
async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallow: returning normally")
    return "swallowed"
async def main():
    a = asyncio.create_task(stubborn())
    b = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    a.cancel(); b.cancel()
    ra, rb = await asyncio.gather(a, b, return_exceptions=True)
    print("a:", type(ra).__name__, ra, "cancelled", a.cancelled(), "cancelling", a.cancelling())
    print("b:", rb, "cancelled", b.cancelled(), "cancelling", b.cancelling())
    print("a.exception()", type(a.exception()).__name__)
asyncio.run(main())
