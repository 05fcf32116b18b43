import asyncio
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("bad")
async def w(n, d):
    try:
        await asyncio.sleep(d)
        print("finished", n)
        return n
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
async def main():
    slow = asyncio.create_task(w("slow", 0.5))
    g = asyncio.gather(bad(0.1), slow, w("coro", 0.4))
    try:
        await g
    except ValueError as e:
        print("gather raised", e, "g.done", g.done())
    print("cancel after failure ->", g.cancel(), "slow.done", slow.done())
    await asyncio.sleep(1)
    print("slow", slow.result())
asyncio.run(main())
