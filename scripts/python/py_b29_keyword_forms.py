import asyncio
async def sleeper():
    await asyncio.sleep(1)
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel(msg="task msg")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task cancel(msg=):", repr(str(e)))
    f = loop.create_future()
    f.cancel(msg="future msg")
    try:
        await f
    except asyncio.CancelledError as e:
        print("future cancel(msg=):", repr(str(e)))
    cond = asyncio.Condition()
    woken = []
    async def w(i):
        async with cond:
            await cond.wait()
            woken.append(i)
    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(n=2)
    await asyncio.sleep(0.01)
    print("notify(n=2) woke", len(woken))
    for x in ts:
        x.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    for label, make in [("timeout(delay=)", lambda: asyncio.timeout(delay=1)),
                        ("timeout_at(when=)", lambda: asyncio.timeout_at(when=loop.time() + 1))]:
        cm = make()
        print(label, round(cm.when() - loop.time(), 2))
    print("shield(arg=)", await asyncio.shield(arg=asyncio.sleep(0.01, "s")))
    print("ensure_future(coro_or_future=)", await asyncio.ensure_future(coro_or_future=asyncio.sleep(0.01, "e")))
    print("create_task(coro=)", await asyncio.create_task(coro=asyncio.sleep(0.01, "c")))
    done, _ = await asyncio.wait(fs=[asyncio.ensure_future(asyncio.sleep(0.01))])
    print("wait(fs=)", len(done))
    print("as_completed(fs=)", len(list(asyncio.as_completed(fs=[asyncio.sleep(0.01)]))))
asyncio.run(main())
