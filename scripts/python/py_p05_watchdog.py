import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def job(name, seconds):
    print(el(), name, "started")
    try:
        await asyncio.sleep(seconds)
        print(el(), name, "completed")
        return name
    except asyncio.CancelledError:
        print(el(), name, "was cancelled by watchdog")
        raise
    finally:
        print(el(), name, "cleanup")

async def watchdog(tasks, limit, interval):
    started = time.time()
    while True:
        await asyncio.sleep(interval)
        running = [t for t in tasks if not t.done()]
        if not running:
            print(el(), "watchdog: nothing left to watch")
            return
        if time.time() - started > limit:
            for t in running:
                print(el(), "watchdog: cancelling", t.get_name())
                t.cancel()

async def main():
    tasks = [asyncio.create_task(job(n, s), name=n) for n, s in [("fast", 0.1), ("medium", 0.3), ("slow", 2.0), ("stuck", 5.0)]]
    dog = asyncio.create_task(watchdog(tasks, 0.45, 0.2), name="watchdog")
    done, pending = await asyncio.wait(tasks)
    for t in tasks:
        state = "cancelled" if t.cancelled() else f"result={t.result()}"
        print(el(), t.get_name(), state)
    await dog
    print(el(), "pending:", len(pending), "watchdog done:", dog.done())

asyncio.run(main())
