import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    rel = lambda w: None if w is None else f"{w - t0:.1f}"
    cm = asyncio.timeout(1.5)
    print("timeout(1.5).when", rel(cm.when()))
    await asyncio.sleep(1)
    async with cm:
        print("entered 1s later: when", rel(cm.when()))
        await asyncio.sleep(0.2)
    print("exited ok", cm.expired(), rel(cm.when()))
    cm = asyncio.timeout_at(t0 + 3)
    print("timeout_at when", rel(cm.when()))
    async with cm:
        cm.reschedule(None)
        print("after reschedule(None)", cm.when())
        await asyncio.sleep(3)
        cm.reschedule(loop.time() + 10)
        print("rescheduled", rel(cm.when()))
    print("timeout_at(None).when", asyncio.timeout_at(None).when())
    try:
        async with asyncio.timeout(1.5 - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("small timeout fired", f"{loop.time()-t0:.1f}")
asyncio.run(main())
