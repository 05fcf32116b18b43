import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def fetch(url, secs):
    try:
        await asyncio.sleep(secs)
        return f"<{url}>"
    except asyncio.CancelledError:
        print(el(), "fetch", url, "cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(fetch(u, s), name=u) for u, s in
             [("a", 0.1), ("b", 0.3), ("c", 0.2), ("d", 0.4)]]
    g = asyncio.gather(*tasks, return_exceptions=True)

    async def canceller():
        await asyncio.sleep(0.16)
        tasks[1].cancel()          # user stops one download
        await asyncio.sleep(0.1)
        tasks[3].cancel("too slow")

    asyncio.create_task(canceller())
    res = await g
    for t, r in zip(tasks, res):
        print(el(), t.get_name(), "->", repr(r) if not isinstance(r, BaseException) else f"{type(r).__name__}{r.args}")

    # without return_exceptions, a cancelled child makes gather raise CancelledError
    tasks = [asyncio.create_task(fetch(u, s)) for u, s in [("x", 0.1), ("y", 0.2)]]
    g = asyncio.gather(*tasks)
    asyncio.get_running_loop().call_later(0.05, tasks[1].cancel)
    try:
        await g
    except asyncio.CancelledError:
        print(el(), "gather raised CancelledError; gather cancelled()?", g.cancelled(), "x done?", tasks[0].done())
    print(el(), "x result", await tasks[0])
    print(el(), "current task cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
