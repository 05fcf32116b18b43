import asyncio
def cb(f):
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("cb: result raised", repr(str(e)), "current None:", asyncio.current_task() is None)
async def w():
    await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(w())
    t.add_done_callback(cb)
    await asyncio.sleep(0)
    t.cancel("cbmsg")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", repr(str(e)))
    u = asyncio.create_task(w())
    await asyncio.sleep(0)
    u.cancel("before-cb")
    u.add_done_callback(cb)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("u cancelled", u.cancelled())
asyncio.run(main())
