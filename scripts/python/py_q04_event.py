# Event: wait() returns True; waiters wake in arrival order; clear() before they run does not un-wake
# them; wait() on a set event does not yield; wait_for(ev.wait(), t) times out; a cancelled waiter.
import asyncio

async def main():
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        try:
            r = await ev.wait()
            log.append(f"{name} woke {r} is_set={ev.is_set()}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    ts = [asyncio.create_task(waiter(n)) for n in "abcd"]
    await asyncio.sleep(0)
    ts[2].cancel()
    ev.set()
    ev.clear()
    await asyncio.gather(*ts, return_exceptions=True)
    print("\n".join(log))
    print("is_set:", ev.is_set())

    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except asyncio.TimeoutError:
        print("timed out, is_set:", ev.is_set())

    ev.set()
    side = []
    async def other():
        side.append("other ran")
    t = asyncio.create_task(other())
    r = await ev.wait()
    side.append(f"wait returned {r}")
    await t
    print(", ".join(side))
    ev.set()
    print("set twice:", ev.is_set())

asyncio.run(main())
