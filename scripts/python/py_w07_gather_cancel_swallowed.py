import asyncio
async def stubborn(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallows", n)
        return "kept"
async def normal():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("normal cancelled")
        raise
async def main():
    g = asyncio.gather(stubborn(1), normal(), return_exceptions=True)
    await asyncio.sleep(0.1)
    print("cancel ->", g.cancel())
    try:
        print("got", await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    g = asyncio.gather(stubborn(2))
    await asyncio.sleep(0.1)
    print("cancel ->", g.cancel())
    try:
        print("got", await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError although all swallowed")
    print("g", g.done(), g.cancelled())
asyncio.run(main())
