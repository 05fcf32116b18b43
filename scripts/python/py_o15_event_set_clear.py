import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def waiter(name, ev, rounds):
    for i in range(rounds):
        log(name, "wait", i, ev.is_set())
        await ev.wait()
        log(name, "woke", i, ev.is_set())
        await asyncio.sleep(0)
async def pulser(ev):
    for i in range(3):
        await asyncio.sleep(0.01)
        log("pulser", "pulse", i)
        ev.set()
        ev.clear()
        await asyncio.sleep(0)
        log("pulser", "after pulse", i)
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter("a", ev, 3)), asyncio.create_task(waiter("b", ev, 2)),
          asyncio.create_task(pulser(ev)), asyncio.create_task(waiter("c", ev, 1))]
    await asyncio.gather(*ts)
    log("main", "end")
asyncio.run(main())
