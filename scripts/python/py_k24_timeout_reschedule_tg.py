import asyncio

async def child(n, d):
    try:
        await asyncio.sleep(d)
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    try:
        async with asyncio.timeout(None) as cm:
            print("when", cm.when())
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(1, 0.2))
                tg.create_task(child(2, 0.6))
                await asyncio.sleep(0.1)
                cm.reschedule(loop.time() + 0.3)
                print("rescheduled at", el())
    except TimeoutError:
        print("TimeoutError at", el(), "expired", cm.expired())
    # extend the deadline from a child while the parent waits in __aexit__
    try:
        async with asyncio.timeout(0.2) as cm2:
            async with asyncio.TaskGroup() as tg:
                async def extender():
                    await asyncio.sleep(0.1)
                    cm2.reschedule(cm2.when() + 0.5)
                    print("extended at", el())
                tg.create_task(extender())
                tg.create_task(child(3, 0.4))
        print("finished at", el(), "expired", cm2.expired())
    except TimeoutError:
        print("TimeoutError2 at", el())
    # reschedule into the past -> fires on next loop iteration
    try:
        async with asyncio.timeout(10) as cm3:
            cm3.reschedule(loop.time() - 1)
            print("rescheduled to the past")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError3 at", el())
    # timeout_at inside a TaskGroup child
    async def at_child():
        try:
            async with asyncio.timeout_at(loop.time() + 0.1):
                await asyncio.sleep(1)
        except TimeoutError:
            return "at-timeout"
    async with asyncio.TaskGroup() as tg:
        r = tg.create_task(at_child())
    print("at_child ->", r.result(), el())

asyncio.run(main())
