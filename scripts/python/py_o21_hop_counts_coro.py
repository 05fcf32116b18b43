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
async def quick(n):
    for i in range(n):
        await asyncio.sleep(0)
    return n
async def measure(label, make):
    start = tick
    r = await make()
    log(label, "hops", tick - start, r)
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    async def a():
        return await asyncio.create_task(quick(2))
    await measure("task", a)
    async def b():
        return sum(await asyncio.gather(asyncio.create_task(quick(1)), asyncio.create_task(quick(2))))
    await measure("gather", b)
    async def b2():
        return sum(await asyncio.gather(quick(1), quick(2)))
    await measure("gather_coros", b2)
    async def c():
        d, p = await asyncio.wait([asyncio.create_task(quick(2))])
        return len(d)
    await measure("wait", c)
    async def c2():
        t1 = asyncio.create_task(quick(1)); t2 = asyncio.create_task(quick(3))
        d, p = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
        await t2
        return len(d)
    await measure("wait_first", c2)
    async def d():
        return await asyncio.wait_for(asyncio.create_task(quick(2)), 1)
    await measure("wait_for", d)
    async def d2():
        return await asyncio.wait_for(quick(2), 1)
    await measure("wait_for_coro", d2)
    async def e():
        return await asyncio.shield(asyncio.create_task(quick(2)))
    await measure("shield", e)
    async def f():
        for x in asyncio.as_completed([asyncio.create_task(quick(2))]):
            return await x
    await measure("as_completed", f)
    async def g():
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(fut.set_result, "v")
        return await fut
    await measure("future_soon", g)
    async def h():
        ev = asyncio.Event()
        async def setter():
            await asyncio.sleep(0)
            ev.set()
        asyncio.create_task(setter())
        return await ev.wait()
    await measure("event", h)
    async def i():
        q = asyncio.Queue()
        async def putter():
            await asyncio.sleep(0)
            q.put_nowait("item")
        asyncio.create_task(putter())
        return await q.get()
    await measure("queue", i)
    async def j():
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(quick(2))
        return t.result()
    await measure("taskgroup", j)
    async def k():
        async with asyncio.timeout(1):
            return await quick(2)
    await measure("timeout", k)
    tk.cancel()
asyncio.run(main())
