import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def step(name, secs, fail=False):
    await asyncio.sleep(secs)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    # 1. wait with a timeout: some done, some pending; keep waiting on the rest
    tasks = [asyncio.create_task(step(f"s{i}", 0.1 * i), name=f"s{i}") for i in range(1, 6)]
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print(el(), "round 1 done", names(done), "pending", names(pending))
    done2, pending = await asyncio.wait(pending, timeout=0.2)
    print(el(), "round 2 done", names(done2), "pending", names(pending))
    for t in pending:
        t.cancel()
    done3, pending = await asyncio.wait(pending)
    print(el(), "round 3 done", names(done3), "cancelled:", [t.cancelled() for t in done3])

    # 2. FIRST_EXCEPTION: stop at the first failure, inspect, cancel the rest
    tasks = [asyncio.create_task(step("a", 0.1), name="a"),
             asyncio.create_task(step("b", 0.2, fail=True), name="b"),
             asyncio.create_task(step("c", 0.3), name="c")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(el(), "first exception: done", names(done), "pending", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print("   ", t.get_name(), "->", t.exception() or t.result())
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

    # 3. FIRST_EXCEPTION with no failure behaves like ALL_COMPLETED
    tasks = [asyncio.create_task(step(n, s), name=n) for n, s in [("x", 0.1), ("y", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(el(), "no failure: done", names(done), "pending", names(pending))

    # 4. timeout that expires with nothing done
    t = asyncio.create_task(step("slow", 0.3), name="slow")
    done, pending = await asyncio.wait([t], timeout=0.1)
    print(el(), "nothing done:", len(done), len(pending), "task still running:", not t.done())
    print(el(), "finally:", await t)

asyncio.run(main())
