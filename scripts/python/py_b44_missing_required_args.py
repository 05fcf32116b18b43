import asyncio
async def work():
    await asyncio.sleep(0.01)
    return "w"
async def main():
    lock = asyncio.Lock()
    q = asyncio.Queue()
    cases = [
        ("sleep()", lambda: asyncio.sleep()),
        ("wait_for(aw)", lambda: asyncio.wait_for(asyncio.sleep(0.01, "w"))),
        ("gather()", lambda: asyncio.gather()),
        ("wait()", lambda: asyncio.wait()),
        ("as_completed()", lambda: asyncio.as_completed()),
        ("shield()", lambda: asyncio.shield()),
        ("create_task()", lambda: asyncio.create_task()),
        ("ensure_future()", lambda: asyncio.ensure_future()),
        ("timeout()", lambda: asyncio.timeout()),
        ("timeout_at()", lambda: asyncio.timeout_at()),
        ("Barrier()", lambda: asyncio.Barrier()),
        ("q.put_nowait()", lambda: q.put_nowait()),
        ("call_soon()", lambda: asyncio.get_running_loop().call_soon()),
        ("call_later(1)", lambda: asyncio.get_running_loop().call_later(1)),
    ]
    for label, make in cases:
        try:
            aw = make()
            print(label, "call ok")
            if asyncio.isfuture(aw) or asyncio.iscoroutine(aw):
                r = await aw
                print(label, "->", r)
        except TypeError as e:
            print(label, type(e).__name__)
asyncio.run(main())
