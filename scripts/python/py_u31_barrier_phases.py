import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def runner(name, barrier, work, log):
    for phase, secs in enumerate(work):
        await asyncio.sleep(secs)
        log.append((phase, name))
        idx = await barrier.wait()
        if idx == 0:
            print(el(), f"phase {phase} complete (last to arrive released by {name})")
    return name

async def breaker(barrier, name):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print(el(), name, "saw broken barrier")
        return "broken"

async def main():
    barrier = asyncio.Barrier(3)
    log = []
    work = {"a": [0.1, 0.3, 0.1], "b": [0.2, 0.12, 0.1], "c": [0.3, 0.1, 0.2]}
    res = await asyncio.gather(*(runner(n, barrier, w, log) for n, w in work.items()))
    print(el(), "finished", res, "n_waiting", barrier.n_waiting, "broken", barrier.broken)
    phases = {}
    for ph, n in log:
        phases.setdefault(ph, []).append(n)
    print("arrival order per phase:", phases)

    b2 = asyncio.Barrier(3)
    waiters = [asyncio.create_task(breaker(b2, f"w{i}")) for i in range(2)]
    await asyncio.sleep(0.04)
    print(el(), "waiting:", b2.n_waiting, "-> abort")
    await b2.abort()
    print(el(), "results", await asyncio.gather(*waiters), "broken", b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError:
        print(el(), "late waiter fails fast")
    await b2.reset()
    print(el(), "after reset broken", b2.broken)

asyncio.run(main())
