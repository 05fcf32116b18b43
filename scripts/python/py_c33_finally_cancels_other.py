import asyncio
async def partner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("partner cancelled", repr(str(e)), "by", asyncio.current_task().get_name())
        raise
async def leader(p):
    try:
        await asyncio.sleep(10)
    finally:
        print("leader finally: cancel partner ->", p.cancel("leader gone"))
        try:
            await p
        except asyncio.CancelledError:
            print("leader saw partner end", p.cancelled())
async def main():
    p = asyncio.create_task(partner(), name="P")
    l = asyncio.create_task(leader(p), name="L")
    await asyncio.sleep(0.1)
    l.cancel()
    res = await asyncio.gather(l, p, return_exceptions=True)
    print([type(x).__name__ for x in res])
asyncio.run(main())
