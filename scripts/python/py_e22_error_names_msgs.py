import asyncio
async def main():
    errs = [asyncio.CancelledError(), asyncio.CancelledError("m"), asyncio.TimeoutError(), asyncio.InvalidStateError("s"),
            asyncio.QueueEmpty(), asyncio.QueueFull(), asyncio.BrokenBarrierError("b"), RuntimeError("r")]
    for e in errs:
        print(type(e).__name__, repr(str(e)))
    q = asyncio.Queue(1)
    for fn in [q.get_nowait, lambda: (q.put_nowait(1), q.put_nowait(2))]:
        try:
            fn()
        except (asyncio.QueueEmpty, asyncio.QueueFull) as e:
            print("queue", type(e).__name__, repr(str(e)))
    print(issubclass(asyncio.TimeoutError, TimeoutError), asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for", type(e).__name__, repr(str(e)), isinstance(e, TimeoutError))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel", type(e).__name__, repr(str(e)), isinstance(e, Exception))
asyncio.run(main())
