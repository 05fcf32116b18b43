import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def waiter(name, ev, nxt):
    log(name, "wait")
    await ev.wait()
    log(name, "woke")
    await asyncio.sleep(0)
    if nxt is not None:
        log(name, "sets next")
        nxt.set()
    log(name, "done")
async def setter(ev):
    log("setter", "start")
    await asyncio.sleep(0.01)
    log("setter", "set")
    ev.set()
    log("setter", "after set", ev.is_set())
    await asyncio.sleep(0)
    log("setter", "end")
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    e1, e2, e3 = asyncio.Event(), asyncio.Event(), asyncio.Event()
    ts = [asyncio.create_task(waiter("w1a", e1, e2)), asyncio.create_task(waiter("w2", e2, e3)),
          asyncio.create_task(waiter("w1b", e1, None)), asyncio.create_task(waiter("w3", e3, None)),
          asyncio.create_task(waiter("w1c", e1, None)), asyncio.create_task(setter(e1))]
    await asyncio.gather(*ts)
    log("main", "end")
asyncio.run(main())
