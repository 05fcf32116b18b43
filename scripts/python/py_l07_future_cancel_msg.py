import asyncio
async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter got CancelledError args", e.args)
        raise
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("cancel ->", f.cancel("because"))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError args", e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception() raises CancelledError args", e.args)
    g = loop.create_future()
    t = asyncio.create_task(waiter(g))
    await asyncio.sleep(0)
    g.cancel("msg-g")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task ended cancelled", t.cancelled(), e.args)
    h = loop.create_future()
    h.cancel()
    try:
        await h
    except asyncio.CancelledError as e:
        print("await cancelled future, args", e.args)
asyncio.run(main())
