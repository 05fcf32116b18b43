# Barrier: a party cancelled after the barrier tripped (draining) still lets the round finish; a
# party cancelled while filling leaves; abort() from a party breaks the others; wait() on a broken
# barrier raises at once; reset() repairs it; reset() with waiters breaks them.
import asyncio

async def main():
    b = asyncio.Barrier(3)
    log = []

    async def party(name):
        try:
            idx = await b.wait()
            log.append(f"{name} idx={idx}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled n_waiting={b.n_waiting}")
            raise
        except asyncio.BrokenBarrierError as e:
            log.append(f"{name} broken: {e!r}")

    ta = asyncio.create_task(party("a"))
    tb = asyncio.create_task(party("b"))
    await asyncio.sleep(0)
    tc = asyncio.create_task(party("c"))
    await asyncio.sleep(0)
    ta.cancel()
    await asyncio.gather(ta, tb, tc, return_exceptions=True)
    log.append(f"round 1 over: n_waiting={b.n_waiting} broken={b.broken}")

    td = asyncio.create_task(party("d"))
    te = asyncio.create_task(party("e"))
    await asyncio.sleep(0)
    td.cancel()
    await asyncio.sleep(0)
    log.append(f"d left: n_waiting={b.n_waiting}")
    async def aborter():
        await asyncio.sleep(0.1)
        await b.abort()
        log.append(f"aborted: broken={b.broken} n_waiting={b.n_waiting}")
    await asyncio.gather(td, te, aborter(), return_exceptions=True)
    await party("f")
    await b.reset()
    log.append(f"reset: broken={b.broken}")
    tg = asyncio.create_task(party("g"))
    await asyncio.sleep(0)
    await b.reset()
    log.append(f"reset with waiter: n_waiting={b.n_waiting}")
    await tg
    log.append(f"end: n_waiting={b.n_waiting} broken={b.broken}")
    print("\n".join(log))

asyncio.run(main())
