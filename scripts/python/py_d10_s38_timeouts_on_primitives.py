# wait_for around queue.get, semaphore.acquire and event.wait: timeouts leave the primitives consistent
import asyncio, time

async def main():
    q = asyncio.Queue()
    sem = asyncio.Semaphore(1)
    evt = asyncio.Event()
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except asyncio.TimeoutError:
        print("get timed out", q.qsize(), round(time.perf_counter() - t0, 1))
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.1)
    except asyncio.TimeoutError:
        print("acquire timed out", str(sem.locked()).lower())
    sem.release()
    print("free again", str(sem.locked()).lower())
    asyncio.get_running_loop().call_later(0.05, evt.set)
    asyncio.get_running_loop().call_later(0.15, q.put_nowait, "late item")
    print("event:", await asyncio.wait_for(evt.wait(), 1), round(time.perf_counter() - t0, 2))
    print("item:", await asyncio.wait_for(q.get(), 1), round(time.perf_counter() - t0, 2))

t0 = time.perf_counter()
asyncio.run(main())
