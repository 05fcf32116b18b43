import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def shard(i, secs, fail=False):
    try:
        await asyncio.sleep(secs)
        if fail:
            raise KeyError(f"shard {i} corrupt")
        print(el(), "shard", i, "loaded")
        return i
    except asyncio.CancelledError:
        print(el(), "shard", i, "aborted")
        raise

async def main():
    tasks = [asyncio.create_task(shard(i, s, f)) for i, (s, f) in enumerate([(0.1, False), (0.5, False), (0.2, True), (0.7, False)])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(el(), "done", len(done), "pending", len(pending))
    failed = [t for t in tasks if t in done and t.exception() is not None]
    for t in failed:
        print(el(), "failure:", repr(t.exception()))
    for t in tasks:
        if t in pending:
            t.cancel()
    await asyncio.wait(pending)
    print(el(), "states", ["cancelled" if t.cancelled() else ("error" if t.exception() else "ok") for t in tasks])

asyncio.run(main())
