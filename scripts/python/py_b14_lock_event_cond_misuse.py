import asyncio
async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("Lock.release unlocked:", type(e).__name__, e)
    await lock.acquire()
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("Lock.release twice:", type(e).__name__, e)
    # releasing from another task is allowed
    await lock.acquire()
    async def other():
        lock.release()
        print("other task released it")
    await asyncio.create_task(other())
    print("locked now", lock.locked())
    cond = asyncio.Condition()
    for label, fn in [("notify", lambda: cond.notify()), ("notify_all", lambda: cond.notify_all())]:
        try:
            fn()
        except RuntimeError as e:
            print("Condition", label, "unlocked:", type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("Condition wait unlocked:", type(e).__name__, e)
    try:
        cond.release()
    except RuntimeError as e:
        print("Condition release unlocked:", type(e).__name__, e)
    try:
        await cond.wait_for(lambda: True)
    except RuntimeError as e:
        print("Condition wait_for unlocked:", type(e).__name__, e)
    ev = asyncio.Event()
    ev.set(); ev.set()
    print("set twice", ev.is_set())
    ev.clear(); ev.clear()
    print("clear twice", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.05)
    except TimeoutError as e:
        print("event wait timed out", type(e).__name__)
    ev.set()
    print("wait on set event", await ev.wait())
asyncio.run(main())
