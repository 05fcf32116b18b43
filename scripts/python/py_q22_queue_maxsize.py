# Queue sizes: maxsize 0 and negative mean unbounded (full() never true); maxsize as keyword;
# qsize/empty/full as items come and go; put() on a full queue waits until a get_nowait().
import asyncio

async def main():
    for m in (0, -1, 1, 3):
        q = asyncio.Queue(m)
        for i in range(4):
            try:
                q.put_nowait(i)
            except asyncio.QueueFull:
                break
        print(f"maxsize={q.maxsize} qsize={q.qsize()} full={q.full()} empty={q.empty()}")
    q = asyncio.Queue(maxsize=1)
    print(q.maxsize)
    await q.put("a")
    log = []
    async def p():
        await q.put("b")
        log.append(f"b in, qsize={q.qsize()}")
    t = asyncio.create_task(p())
    await asyncio.sleep(0.01)
    log.append(f"waiting putter, full={q.full()}")
    log.append(f"took {q.get_nowait()}, qsize={q.qsize()}")
    await t
    log.append(f"took {q.get_nowait()}, empty={q.empty()}")
    print("\n".join(log))

asyncio.run(main())
