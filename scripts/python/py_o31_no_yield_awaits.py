import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
tick = 0
async def ticker():
    global tick
    while True:
        tick += 1
        await asyncio.sleep(0)
async def nothing():
    return 1
async def measure(label, make):
    start = tick
    r = await make()
    log(label, "ticks", tick - start, r)
async def main():
    global t0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    fut = loop.create_future(); fut.set_result("f")
    done_task = asyncio.create_task(nothing())
    await asyncio.sleep(0)
    ev = asyncio.Event(); ev.set()
    lock = asyncio.Lock()
    q = asyncio.Queue(); q.put_nowait("q")
    sem = asyncio.Semaphore(1)
    async def a(): return await fut
    await measure("done_future", a)
    async def b(): return await done_task
    await measure("done_task", b)
    async def c(): return await ev.wait()
    await measure("set_event", c)
    async def d():
        async with lock:
            return lock.locked()
    await measure("free_lock", d)
    async def e(): return await q.get()
    await measure("queue_get", e)
    async def e2():
        await q.put("again")
        return q.qsize()
    await measure("queue_put", e2)
    async def f():
        async with sem:
            return sem.locked()
    await measure("free_sem", f)
    async def g(): return await nothing()
    await measure("coroutine", g)
    async def h(): return len(await asyncio.gather(fut, done_task))
    await measure("gather_done", h)
    async def i():
        d, p = await asyncio.wait([fut, done_task])
        return len(d)
    await measure("wait_done", i)
    async def j(): return await asyncio.shield(fut)
    await measure("shield_done", j)
    async def k(): return await asyncio.wait_for(fut, 1)
    await measure("wait_for_done", k)
    async def l(): return await asyncio.ensure_future(fut)
    await measure("ensure_future_done", l)
    async def m(): return await asyncio.gather()
    await measure("gather_empty", m)
    tk.cancel()
asyncio.run(main())
