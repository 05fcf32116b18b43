# LifoQueue(2): last in, first out; blocked putters wait FIFO; interleaved with a slow getter.
import asyncio

async def main():
    lq = asyncio.LifoQueue(2)
    log = []
    async def putter(i):
        await lq.put(i)
        log.append(f"put {i} -> {lq.qsize()}")
    ts = [asyncio.create_task(putter(i)) for i in range(6)]
    await asyncio.sleep(0)
    got = []
    for _ in range(6):
        got.append(await lq.get())
        log.append(f"  got {got[-1]}")
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print("\n".join(log))
    print(got, lq.empty())

asyncio.run(main())
