import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except asyncio.TimeoutError:
        print("get timed out; empty", q.empty())
    q.put_nowait("a")
    print("got", await asyncio.wait_for(q.get(), 0.1))
    # item put at same moment as the timeout: not lost
    async def putter():
        await asyncio.sleep(0.1)
        q.put_nowait("b")
        print("put b")
    p = asyncio.create_task(putter())
    try:
        v = await asyncio.wait_for(q.get(), 0.1)
        print("got", v)
    except asyncio.TimeoutError:
        print("timed out; qsize", q.qsize())
    await p
    if not q.empty():
        print("leftover", q.get_nowait())
    # event
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except asyncio.TimeoutError:
        print("event wait timed out; set", ev.is_set())
    async def setter():
        await asyncio.sleep(0.05)
        ev.set()
    asyncio.create_task(setter())
    print("event wait ->", await asyncio.wait_for(ev.wait(), 1))
    # multiple waiters under timeout cm, one cancelled
    ev.clear()
    async def waiter(n, lim):
        try:
            async with asyncio.timeout(lim):
                await ev.wait()
            print("waiter", n, "woke")
        except TimeoutError:
            print("waiter", n, "timeout")
    ws = [asyncio.create_task(waiter(i, l)) for i, l in enumerate([0.1, 1, 0.2, 1])]
    await asyncio.sleep(0.3)
    ev.set()
    await asyncio.gather(*ws)

asyncio.run(main())
