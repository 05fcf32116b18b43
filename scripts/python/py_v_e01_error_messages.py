import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for name, fn in [("result pending", f.result), ("exception pending", f.exception)]:
        try:
            fn()
        except asyncio.InvalidStateError as e:
            print(name, "->", type(e).__name__, str(e))
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set twice ->", type(e).__name__, str(e))
    g = loop.create_future()
    g.cancel("why")
    for name, fn in [("result cancelled", g.result), ("exception cancelled", g.exception)]:
        try:
            fn()
        except asyncio.CancelledError as e:
            print(name, "->", type(e).__name__, '"' + (e.args[0] if e.args else "") + '"')
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited cancelled task ->", '"' + (e.args[0] if e.args else "") + '"')
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result of cancelled task ->", '"' + (e.args[0] if e.args else "") + '"')
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.1)
    except asyncio.TimeoutError as e:
        print("wait_for ->", type(e).__name__, '"' + str(e) + '"', type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout ->", type(e).__name__, '"' + str(e) + '"', type(e.__cause__).__name__)
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull ->", '"' + str(e) + '"')
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty ->", '"' + str(e) + '"')
    res = await asyncio.gather(asyncio.sleep(0, "ok"), asyncio.wait_for(asyncio.sleep(1), 0.01), return_exceptions=True)
    print("gather ->", res[0], type(res[1]).__name__)

asyncio.run(main())
