import asyncio
async def w(n, d):
    try:
        await asyncio.sleep(d)
        print("finished", n)
        return n
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
async def use_wait(ts):
    try:
        await asyncio.wait(ts)
    except asyncio.CancelledError:
        print("use_wait cancelled")
        raise
async def use_as_completed(ts):
    try:
        for f in asyncio.as_completed(ts):
            print("ac got", await f)
    except asyncio.CancelledError:
        print("use_as_completed cancelled")
        raise
async def main():
    ts = [asyncio.create_task(w(i, 0.5)) for i in range(2)]
    c = asyncio.create_task(use_wait(ts))
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.sleep(0)
    print("after cancel: c", c.cancelled(), "children cancelled", [t.cancelled() for t in ts])
    us = [asyncio.create_task(w(i, d)) for i, d in ((2, 0.1), (3, 0.5))]
    c2 = asyncio.create_task(use_as_completed(us))
    await asyncio.sleep(0.2)
    c2.cancel()
    await asyncio.sleep(0.5)
    print("c2", c2.cancelled(), "children", [t.cancelled() for t in us], [t.done() for t in us + ts])
asyncio.run(main())
