import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    cond = asyncio.Condition()
    async with cond:
        for label, pred in [("number", 5), ("None", None)]:
            try:
                await cond.wait_for(pred)
                print(label, "accepted")
            except TypeError as e:
                print("wait_for predicate", label, type(e).__name__)
        print("lock still held", cond.locked())
        r = await cond.wait_for(lambda: "truthy")
        print("truthy predicate returns", repr(r))
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.05)
    except TimeoutError:
        print("re-acquire timed out", round(loop.time() - t0, 2), "locked", lock.locked())
    lock.release()
    print("after release locked", lock.locked())
    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("event waiter cancelled")
    ev.set()
    print("set after cancelled waiter ok", ev.is_set())
    sem = asyncio.Semaphore(0)
    try:
        async with asyncio.timeout(0.05):
            await sem.acquire()
    except TimeoutError:
        print("semaphore(0) acquire timed out", sem.locked())
    sem.release()
    print("after release", sem.locked())
asyncio.run(main())
