import asyncio
async def work(n, d):
    try:
        await asyncio.sleep(d)
        print("work finished", n)
        return n
    except asyncio.CancelledError:
        print("work cancelled", n)
        raise
async def main():
    t = asyncio.create_task(work("protected", 0.5))
    g = asyncio.gather(asyncio.shield(t), work("plain", 0.5))
    await asyncio.sleep(0.1)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled; t done", t.done())
    print("t ->", await t)
    g = asyncio.gather(asyncio.shield(asyncio.sleep(0.1, "s")), return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel2 ->", g.cancel())
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather2 cancelled")
    await asyncio.sleep(0.2)
asyncio.run(main())
