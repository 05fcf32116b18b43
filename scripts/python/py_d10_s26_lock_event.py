# Seed 000 lock + event: workers wait for a start event, then take a lock one at a time
import asyncio, time

async def worker(i, lock, start_evt, log):
    await start_evt.wait()
    async with lock:
        log.append(i)
        print("worker", i, "has the lock", round(time.perf_counter() - t0, 1))
        await asyncio.sleep(0.1)
    return i

async def main():
    lock = asyncio.Lock()
    evt = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(worker(i, lock, evt, log)) for i in range(4)]
    await asyncio.sleep(0.2)
    print("nobody started:", len(log), str(lock.locked()).lower())
    evt.set()
    done, _ = await asyncio.wait(tasks, timeout=0.25)
    print("done within 0.25:", len(done), *log)
    await asyncio.gather(*tasks)
    print("order", *log, round(time.perf_counter() - t0, 1))

t0 = time.perf_counter()
asyncio.run(main())
