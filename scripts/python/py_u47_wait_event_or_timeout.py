import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def wait_any(event, delay, label):
    """Return 'event' if the event fires first, 'timer' otherwise; the loser is cancelled."""
    ev = asyncio.create_task(event.wait(), name=f"{label}-event")
    tm = asyncio.create_task(asyncio.sleep(delay), name=f"{label}-timer")
    done, pending = await asyncio.wait({ev, tm}, return_when=asyncio.FIRST_COMPLETED)
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    winner = "event" if ev in done else "timer"
    print(el(), label, "->", winner, "| loser cancelled:", [p.cancelled() for p in pending])
    return winner

async def poller(event, label, interval, max_polls):
    polls = 0
    while polls < max_polls:
        polls += 1
        if await wait_any(event, interval, f"{label}#{polls}") == "event":
            return f"{label}: woke by event after {polls} polls"
    return f"{label}: gave up after {polls} polls"

async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.33, ev.set)
    res = await asyncio.gather(poller(ev, "A", 0.1, 5), poller(ev, "B", 0.2, 1))
    for r in res:
        print(el(), r)
    print(el(), "remaining tasks:", len(asyncio.all_tasks()))

asyncio.run(main())
