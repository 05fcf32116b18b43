import asyncio
async def inner():
    await asyncio.sleep(0.1)
    return "inner value"
async def outer(i):
    try:
        v = await i
        print("outer got", v)
    except asyncio.CancelledError as e:
        print("outer cancelled; inner done", i.done(), "cancelled", i.cancelled(), repr(str(e)))
        raise
async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    i.add_done_callback(lambda f: print("inner done cb: cancel outer ->", o.cancel("race")))
    try:
        await o
    except asyncio.CancelledError as e:
        print("main", repr(str(e)), i.result())
asyncio.run(main())
