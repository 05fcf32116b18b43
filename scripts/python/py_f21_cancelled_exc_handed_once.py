import asyncio
async def selfcancel():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("own message")
async def victim():
    await asyncio.sleep(1)
def probe(label, fn):
    try:
        fn()
        print(label, "no error")
    except asyncio.CancelledError as e:
        print(label, "CancelledError", repr(str(e)))
async def main():
    t = asyncio.create_task(selfcancel())
    t.add_done_callback(lambda tt: probe("cb exception()", tt.exception))
    await asyncio.sleep(0.01)
    print("t cancelled", t.cancelled(), "cancelling", t.cancelling())
    probe("exception() #1", t.exception)
    probe("exception() #2", t.result)
    async def aw():
        await t
    probe_task = asyncio.create_task(aw())
    try:
        await probe_task
    except asyncio.CancelledError as e:
        print("await wrapper", repr(str(e)))
    v = asyncio.create_task(victim())
    await asyncio.sleep(0)
    v.cancel("ext msg")
    await asyncio.sleep(0)
    probe("victim result #1", v.result)
    probe("victim result #2", v.result)
    probe("victim exception", v.exception)
asyncio.run(main())
