import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

registry = set()
log = []

def report(task):
    registry.discard(task)
    name = task.get_name()
    if task.cancelled():
        state = "cancelled"
    elif task.exception() is not None:
        state = f"failed: {task.exception()!r}"
    else:
        state = f"result={task.result()}"
    log.append(name)
    print(el(), "callback", name, state, "| running:", len(registry))

def spawn(coro, name):
    t = asyncio.create_task(coro, name=name)
    registry.add(t)
    t.add_done_callback(report)
    return t

async def job(seconds, outcome):
    await asyncio.sleep(seconds)
    if outcome == "fail":
        raise KeyError("missing-key")
    return outcome

async def main():
    spawn(job(0.1, "ok"), "quick")
    slow = spawn(job(0.3, "late"), "slow")
    spawn(job(0.2, "fail"), "broken")
    doomed = spawn(job(1.0, "never"), "doomed")
    extra = lambda t: print(el(), "second callback on", t.get_name())
    slow.add_done_callback(extra)
    await asyncio.sleep(0.15)
    doomed.cancel()
    print(el(), "cancel requested; doomed.done() =", doomed.done())
    await asyncio.sleep(0)
    print(el(), "after one yield; doomed.done() =", doomed.done())
    r = await slow
    print(el(), "awaited slow ->", r)
    await asyncio.sleep(0)
    print(el(), "order:", log, "left:", len(registry))

asyncio.run(main())
