# Cancelled queue waiters lose nothing: a getter woken by put_nowait() and cancelled before it ran
# leaves the item to the next getter; a putter woken by get_nowait() and cancelled before it ran
# leaves the slot to the next putter; wait_for(q.get(), 0.1) timing out takes nothing.
import asyncio

async def main():
    q = asyncio.Queue(1)
    log = []

    async def getter(name):
        try:
            item = await q.get()
            log.append(f"{name} got {item}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled, qsize={q.qsize()}")
            raise

    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    g3 = asyncio.create_task(getter("g3"))
    await asyncio.sleep(0)
    q.put_nowait("A")
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    q.put_nowait("B")
    await g3
    print("\n".join(log))
    log.clear()

    async def putter(name, item):
        try:
            await q.put(item)
            log.append(f"{name} put {item}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled, qsize={q.qsize()}")
            raise

    q.put_nowait("full")
    p1 = asyncio.create_task(putter("p1", "x"))
    p2 = asyncio.create_task(putter("p2", "y"))
    await asyncio.sleep(0)
    log.append(f"took {q.get_nowait()}")
    p1.cancel()
    await asyncio.gather(p1, p2, return_exceptions=True)
    log.append(f"queue holds {q.get_nowait()}, empty={q.empty()}")
    print("\n".join(log))

    try:
        await asyncio.wait_for(q.get(), 0.1)
    except asyncio.TimeoutError:
        print("timeout, qsize", q.qsize())
    q.put_nowait("C")
    print("next get:", await q.get(), q.qsize())

asyncio.run(main())
