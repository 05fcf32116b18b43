import asyncio
async def work():
    await asyncio.sleep(0.01)
    return "w"
async def main():
    cases = [
        ("create_task(coro, 'name')", lambda: asyncio.create_task(work(), "name")),
        ("wait_for(aw, 1, 2)", lambda: asyncio.wait_for(work(), 1, 2)),
        ("sleep(0, 'r', 'extra')", lambda: asyncio.sleep(0, "r", "extra")),
        ("shield(aw, aw)", lambda: asyncio.shield(work(), work())),
        ("ensure_future(aw, 5)", lambda: asyncio.ensure_future(work(), 5)),
        ("Queue(1, 2)", lambda: asyncio.Queue(1, 2)),
        ("Semaphore(1, 2)", lambda: asyncio.Semaphore(1, 2)),
    ]
    for label, make in cases:
        try:
            aw = make()
            print(label, "call ok")
            if asyncio.iscoroutine(aw) or asyncio.isfuture(aw):
                await aw
        except TypeError as e:
            print(label, type(e).__name__)
    await asyncio.sleep(0.05)
asyncio.run(main())
