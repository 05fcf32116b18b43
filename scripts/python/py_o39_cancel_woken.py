import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def ev_waiter(name, ev):
    try:
        await ev.wait()
        log(name, "woke normally")
    except asyncio.CancelledError:
        log(name, "cancelled though event set", ev.is_set())
        raise
async def q_getter(name, q):
    try:
        it = await q.get()
        log(name, "got", it)
    except asyncio.CancelledError:
        log(name, "cancelled, qsize", q.qsize())
        raise
async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        log(name, "woke normally")
    except asyncio.CancelledError:
        log(name, "cancelled after timer fired")
        raise
async def fut_waiter(name, f):
    try:
        log(name, "got", await f)
    except asyncio.CancelledError:
        log(name, "cancelled though future done", f.done())
        raise
async def main():
    global t0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ev = asyncio.Event()
    a, b, c = [asyncio.create_task(ev_waiter(n, ev)) for n in "abc"]
    q = asyncio.Queue()
    g1, g2, g3 = [asyncio.create_task(q_getter(n, q)) for n in ["g1", "g2", "g3"]]
    f = loop.create_future()
    fw = asyncio.create_task(fut_waiter("fw", f))
    await asyncio.sleep(0)
    ev.set()
    b.cancel()
    q.put_nowait("x")
    g1.cancel()
    f.set_result("F")
    fw.cancel()
    log("main", "set/put/cancel done")
    r = await asyncio.gather(a, b, c, g1, fw, return_exceptions=True)
    log("main", [type(x).__name__ for x in r])
    await asyncio.sleep(0)
    log("main", "g2 done", g2.done(), "g3 done", g3.done(), q.qsize())
    s = asyncio.create_task(sleeper("s", 0.01))
    loop.call_later(0.01, s.cancel)
    try:
        await s
    except asyncio.CancelledError:
        log("main", "s cancelled")
    g3.cancel()
    await asyncio.sleep(0)
asyncio.run(main())
