# Lock hand-off: a waiter woken by release() and cancelled before it runs passes the lock on; a newcomer
# arriving right after release() does not barge ahead of the queue; cancelling the holder inside
# `async with` releases the lock.
import asyncio

async def main():
    lock = asyncio.Lock()
    log = []

    async def w(name, hold=0):
        try:
            async with lock:
                log.append(name + " in")
                await asyncio.sleep(hold)
                log.append(name + " out")
        except asyncio.CancelledError:
            log.append(name + " cancelled, locked=" + str(lock.locked()))
            raise

    await lock.acquire()
    ta = asyncio.create_task(w("A"))
    tb = asyncio.create_task(w("B", 1))
    tc = asyncio.create_task(w("C"))
    await asyncio.sleep(0)
    lock.release()
    td = asyncio.create_task(w("D"))
    ta.cancel()
    await asyncio.sleep(0.5)
    log.append("holder B cancelled: " + str(tb.cancel()))
    res = await asyncio.gather(ta, tb, tc, td, return_exceptions=True)
    print("\n".join(log))
    print(", ".join(type(r).__name__ for r in res))
    print("locked at end:", lock.locked())

asyncio.run(main())
