# task_done()/join(): join() on a fresh queue returns at once; several join() waiters wake when the
# last task_done() arrives; task_done() too many times raises ValueError; get_nowait()/put_nowait()
# raise QueueEmpty/QueueFull (empty messages); exceptions' class hierarchy.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    await q.join()
    print("join on fresh queue returned")
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty:", repr(str(e)), isinstance(e, Exception))
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull:", repr(str(e)), isinstance(e, Exception))
    log = []
    async def joiner(n):
        await q.join()
        log.append(f"joiner {n} done, qsize={q.qsize()}")
    js = [asyncio.create_task(joiner(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(q.get_nowait(), q.get_nowait())
    q.task_done()
    await asyncio.sleep(0)
    log.append("one task_done")
    q.put_nowait(3)
    q.task_done()
    await asyncio.sleep(0)
    log.append("two task_done")
    print(q.get_nowait())
    q.task_done()
    await asyncio.gather(*js)
    print("\n".join(log))
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join again returned")

asyncio.run(main())
