import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.04) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class DB:
    def __init__(self):
        self.open = False
    async def connect(self):
        await asyncio.sleep(0.06)
        self.open = True
        print(el(), "db connected")
    async def close(self):
        await asyncio.sleep(0.06)
        self.open = False
        print(el(), "db closed")

async def handler(db, conn_id):
    print(el(), f"conn {conn_id} open")
    try:
        for step in range(10):
            await asyncio.sleep(0.12)
            print(el(), f"conn {conn_id} step {step} db={db.open}")
    except asyncio.CancelledError:
        print(el(), f"conn {conn_id} cancelled, flushing")
        await asyncio.sleep(0.02)
        print(el(), f"conn {conn_id} flushed")
        raise
    finally:
        print(el(), f"conn {conn_id} closed")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(el(), "stubborn ignores first cancel")
        await asyncio.sleep(0.1)
        return "stubborn finished anyway"

async def ticker():
    n = 0
    while True:
        await asyncio.sleep(0.1)
        n += 1
        if n == 3:
            raise RuntimeError("ticker broke")

async def shutdown(db):
    me = asyncio.current_task()
    tasks = [t for t in asyncio.all_tasks() if t is not me]
    tasks.sort(key=lambda t: t.get_name())
    print(el(), "shutdown: cancelling", [t.get_name() for t in tasks])
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(el(), " ", t.get_name(), "->", type(r).__name__, r if not isinstance(r, asyncio.CancelledError) else "")
    await db.close()

async def main():
    db = DB()
    await db.connect()
    asyncio.create_task(handler(db, 1), name="h1")
    asyncio.create_task(handler(db, 2), name="h2")
    asyncio.create_task(stubborn(), name="stubborn")
    tick = asyncio.create_task(ticker(), name="ticker")
    await asyncio.sleep(0.4)
    print(el(), "ticker done?", tick.done(), type(tick.exception()).__name__, tick.exception())
    await shutdown(db)
    print(el(), "bye")

asyncio.run(main())
