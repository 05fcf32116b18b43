# Condition: notify(n) wakes the first n waiters in order, notify_all the rest; wait() returns True;
# notify/wait without the lock raise RuntimeError; locked() follows the lock.
import asyncio

async def main():
    cond = asyncio.Condition()
    log = []

    async def waiter(i):
        async with cond:
            r = await cond.wait()
            log.append(f"w{i} woke {r} locked={cond.locked()}")

    ts = [asyncio.create_task(waiter(i)) for i in range(6)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        log.append("notified 2")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        log.append("notified 1")
        cond.notify(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        log.append("notified all")
    await asyncio.gather(*ts)
    print("\n".join(log))
    for f in (lambda: cond.notify(), lambda: cond.notify_all()):
        try:
            f()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait_for(lambda: True)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("locked:", cond.locked())

asyncio.run(main())
