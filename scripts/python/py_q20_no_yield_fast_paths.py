# Awaiting a primitive that is available at once does not let other tasks run: free Lock,
# Semaphore with value, set Event, non-empty Queue get, non-full Queue put, Barrier(1),
# Condition.wait_for with a true predicate, `async with` a free lock. A blocked one does.
import asyncio

async def main():
    lock, sem, ev = asyncio.Lock(), asyncio.Semaphore(1), asyncio.Event()
    ev.set()
    q = asyncio.Queue(1)
    q2 = asyncio.Queue(); q2.put_nowait("x")
    bar = asyncio.Barrier(1)
    cond = asyncio.Condition()

    async def probe(name, make):
        ran = []
        async def other():
            ran.append(1)
        t = asyncio.create_task(other())
        r = await make()
        print(f"{name}: returned {r!r}, other ran first: {bool(ran)}")
        await t

    await probe("lock.acquire", lambda: lock.acquire())
    lock.release()
    await probe("sem.acquire", lambda: sem.acquire())
    sem.release()
    await probe("event.wait", lambda: ev.wait())
    await probe("queue.put", lambda: q.put(1))
    await probe("queue.get", lambda: q2.get())
    await probe("barrier(1).wait", lambda: bar.wait())
    async def cw():
        async with cond:
            return await cond.wait_for(lambda: "yes")
    await probe("cond.wait_for", cw)
    async def lw():
        async with lock:
            return "body"
    await probe("async with lock", lw)
    await probe("sleep(0)", lambda: asyncio.sleep(0))
    await lock.acquire()
    async def rel():
        lock.release()
    asyncio.get_running_loop().call_soon(lambda: lock.release())
    await probe("blocked lock.acquire", lambda: lock.acquire())

asyncio.run(main())
