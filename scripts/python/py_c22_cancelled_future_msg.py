import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("cancel ->", f.cancel("fmsg"))
    for label, fn in (("exception", f.exception), ("result", f.result)):
        try:
            fn()
        except asyncio.CancelledError as e:
            print(label, "raised", repr(str(e)))
    try:
        await f
    except asyncio.CancelledError as e:
        print("await raised", repr(str(e)))
    g = loop.create_future()
    g.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("await raised", repr(str(e)))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("tmsg")
    await asyncio.sleep(0)
    try:
        await t
    except asyncio.CancelledError as e:
        print("task await raised", repr(str(e)))
asyncio.run(main())
