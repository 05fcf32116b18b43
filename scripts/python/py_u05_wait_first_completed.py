import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def mirror(name, delay, ok=True):
    try:
        await asyncio.sleep(delay)
        if not ok:
            raise OSError(f"{name} unreachable")
        print(el(), name, "responded")
        return name
    except asyncio.CancelledError:
        print(el(), name, "aborted")
        raise
    finally:
        print(el(), name, "closed connection")

async def race(specs):
    tasks = {asyncio.create_task(mirror(*s), name=s[0]) for s in specs}
    winner = None
    while tasks and winner is None:
        done, tasks = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            if t.exception() is not None:
                print(el(), "failed:", t.get_name(), t.exception())
            else:
                winner = t.result()
    for t in tasks:
        t.cancel()
    if tasks:
        await asyncio.wait(tasks)
    print(el(), "cancelled:", sorted(t.get_name() for t in tasks if t.cancelled()))
    return winner

async def main():
    w = await race([("eu", 0.3), ("us", 0.1, False), ("asia", 0.2), ("au", 0.5)])
    print(el(), "winner", w)
    w = await race([("x", 0.1, False), ("y", 0.1, False)])
    print(el(), "winner", w)

asyncio.run(main())
