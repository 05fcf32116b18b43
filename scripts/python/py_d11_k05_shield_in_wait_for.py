import asyncio
async def important(v, d):
    try:
        print("important", v, "start")
        await asyncio.sleep(d)
        print("important", v, "finished")
        return v * 10
    except asyncio.CancelledError as e:
        print("important", v, "cancelled", repr(str(e)))
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    inner = asyncio.create_task(important(1, 0.3))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.1)
    except TimeoutError:
        print("timeout at", el(), "inner done", inner.done(), "cancelled", inner.cancelled())
    print("inner result later", await inner, "at", el())
    # shield of a coroutine inside wait_for; outer task cancelled from outside
    async def caller():
        try:
            return await asyncio.wait_for(asyncio.shield(important(2, 0.3)), 1)
        except asyncio.CancelledError as e:
            print("caller cancelled", repr(str(e)), "at", el())
            raise
    t0 = loop.time()
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.1)
    c.cancel("stop caller")
    try:
        await c
    except asyncio.CancelledError as e:
        print("main: caller cancelled", c.cancelled(), repr(str(e)))
    await asyncio.sleep(0.3)
    print("after wait", el())
    # shield cancelled directly
    inner = asyncio.create_task(important(3, 0.2))
    sh = asyncio.shield(inner)
    await asyncio.sleep(0.05)
    print("cancel shield ->", sh.cancel("sh-msg"))
    try:
        await sh
    except asyncio.CancelledError as e:
        print("shield raised", repr(str(e)), "inner cancelled", inner.cancelled())
    print("inner", await inner)
    # inner of shield cancelled -> outer?
    inner = asyncio.create_task(important(4, 0.2))
    sh = asyncio.shield(inner)
    await asyncio.sleep(0.05)
    inner.cancel("inner-msg")
    try:
        await sh
    except asyncio.CancelledError as e:
        print("shield after inner cancel raised", repr(str(e)), sh.cancelled())
asyncio.run(main())
