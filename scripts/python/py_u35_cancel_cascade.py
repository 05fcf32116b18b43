import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def leaf(name, secs):
    try:
        await asyncio.sleep(secs)
        return name
    except asyncio.CancelledError:
        print(el(), "leaf", name, "cancelled")
        raise
    finally:
        print(el(), "leaf", name, "finally")

async def branch(name):
    detached = asyncio.create_task(leaf(name + ".detached", 0.3), name=name + ".detached")
    try:
        sub = asyncio.create_task(leaf(name + ".awaited", 1), name=name + ".awaited")
        r = await sub
        return r
    except asyncio.CancelledError:
        print(el(), "branch", name, "cancelled; awaited child cancelled?", sub.cancelled(), "detached done?", detached.done())
        raise

async def root():
    try:
        await asyncio.gather(branch("b1"), leaf("r.leaf", 1))
    except asyncio.CancelledError:
        print(el(), "root cancelled")
        raise

async def main():
    r = asyncio.create_task(root(), name="root")
    await asyncio.sleep(0.1)
    print(el(), "tasks alive:", sorted(t.get_name() for t in asyncio.all_tasks()))
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print(el(), "root done, cancelled:", r.cancelled())
    await asyncio.sleep(0)
    alive = sorted(t.get_name() for t in asyncio.all_tasks() if t is not asyncio.current_task())
    print(el(), "still alive:", alive)
    await asyncio.sleep(0.3)
    print(el(), "end")

asyncio.run(main())
