# PriorityQueue(3) of (priority, seq, name) tuples: lowest first, ties broken by the next field;
# putters blocked on a full queue are served FIFO (not by priority); get() waiters served FIFO.
import asyncio

async def main():
    pq = asyncio.PriorityQueue(3)
    log = []
    async def putter(item):
        await pq.put(item)
        log.append(f"put {item[2]}")
    items = [(5, 0, "e"), (1, 1, "a"), (3, 2, "c"), (1, 0, "a0"), (0, 9, "z"), (3, 1, "c1")]
    ts = [asyncio.create_task(putter(it)) for it in items]
    await asyncio.sleep(0)
    log.append(f"qsize={pq.qsize()} full={pq.full()}")
    while not pq.empty() or not all(t.done() for t in ts):
        p, s, name = await pq.get()
        log.append(f"  got {name} ({p},{s})")
        await asyncio.sleep(0)
    print("\n".join(log))

    async def getter(n):
        p, s, name = await pq.get()
        return f"g{n}:{name}"
    gs = [asyncio.create_task(getter(n)) for n in range(3)]
    await asyncio.sleep(0)
    for it in [(2, 0, "x"), (0, 0, "y"), (1, 0, "w")]:
        pq.put_nowait(it)
    print(", ".join(await asyncio.gather(*gs)))
    for it in [(1, "b"), (1, "a"), (0, "z")]:
        pq.put_nowait(it)
    print([pq.get_nowait() for _ in range(3)] == [(0, "z"), (1, "a"), (1, "b")])

asyncio.run(main())
