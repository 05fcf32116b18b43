import asyncio
async def w(tag):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(tag, "inside sees", repr(str(e)))
        raise
async def run_one(tag, *args):
    t = asyncio.create_task(w(tag))
    await asyncio.sleep(0)
    t.cancel(*args)
    try:
        await t
    except asyncio.CancelledError as e:
        print(tag, "awaiter sees", repr(str(e)))
async def main():
    await run_one("nomsg")
    await run_one("empty", "")
    await run_one("text", "stop now")
    await run_one("number", 42)
asyncio.run(main())
