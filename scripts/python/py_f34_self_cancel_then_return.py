import asyncio
async def selfcancel(uncancel):
    me = asyncio.current_task()
    print("cancel self ->", me.cancel("self msg"), "cancelling", me.cancelling())
    if uncancel:
        print("uncancel ->", me.uncancel())
    return "returned value"
async def main():
    for unc in (False, True):
        t = asyncio.create_task(selfcancel(unc))
        try:
            print("result", await t)
        except asyncio.CancelledError as e:
            print("task ended cancelled", t.cancelled(), repr(str(e)))
asyncio.run(main())
