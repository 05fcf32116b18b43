import asyncio
async def quitter():
    await asyncio.sleep(0.1)
    raise asyncio.CancelledError("I quit")
async def main():
    t = asyncio.create_task(quitter())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await", type(e).__name__, repr(str(e)), t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", repr(str(e)))
    # in a gather with return_exceptions
    r = await asyncio.gather(quitter(), asyncio.sleep(0.2, "fine"), return_exceptions=True)
    print([type(x).__name__ for x in r])
    # in a TaskGroup: a child that cancels itself does not abort the group
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(quitter())
        b = tg.create_task(asyncio.sleep(0.2, "b ok"))
    print("tg", a.cancelled(), b.result())
    # FIRST_EXCEPTION ignores it
    done, pending = await asyncio.wait([asyncio.create_task(quitter()), asyncio.create_task(asyncio.sleep(0.3))], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
asyncio.run(main())
