import asyncio
async def w():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("w caught")
        raise
async def quick():
    return 7
async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    print("cancel pending:", t.cancel())
    print("cancel again:", t.cancel())
    print("cancelling:", t.cancelling(), "done:", t.done())
    await asyncio.sleep(0)
    print("after one step:", t.done(), t.cancelled())
    print("cancel cancelled:", t.cancel(), t.cancelling())
    q = asyncio.create_task(quick())
    await q
    print("cancel finished:", q.cancel(), q.cancelling(), q.cancelled(), q.result())
    f = asyncio.get_running_loop().create_future()
    print("future cancel:", f.cancel(), f.cancel(), f.cancelled())
asyncio.run(main())
