import asyncio
async def never():
    print("never runs")
    return 1
async def main():
    t = asyncio.create_task(never())
    print(t.cancel("early"), t.cancel("later"), t.cancelling())
    await asyncio.sleep(0)
    print("done", t.done(), "cancelled", t.cancelled())
    for meth in (t.exception, t.result):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "raised", repr(str(e)))
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised", repr(str(e)))
asyncio.run(main())
