import asyncio
async def waiter(b, i):
    try:
        r = await b.wait()
        print("waiter", i, "passed", r)
    except asyncio.BrokenBarrierError as e:
        print("waiter", i, type(e).__name__, repr(str(e)))
async def main():
    b = asyncio.Barrier(3)
    t1 = asyncio.create_task(waiter(b, 1))
    t2 = asyncio.create_task(waiter(b, 2))
    await asyncio.sleep(0.01)
    print("n_waiting", b.n_waiting, "broken", b.broken)
    await b.abort()
    await asyncio.gather(t1, t2)
    print("broken", b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken:", type(e).__name__, isinstance(e, RuntimeError))
    await b.reset()
    print("after reset broken", b.broken, "parties", b.parties)
    b1 = asyncio.Barrier(1)
    print("single party passes", await b1.wait(), await b1.wait())
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(waiter(b2, 3))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled waiter; broken", b2.broken, "n_waiting", b2.n_waiting)
asyncio.run(main())
