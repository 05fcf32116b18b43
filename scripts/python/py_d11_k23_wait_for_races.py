import asyncio
async def work(name, d, unwind=0.0, v=None):
    try:
        await asyncio.sleep(d)
        print(name, "completed")
        return v or name
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(str(e)))
        if unwind:
            await asyncio.sleep(unwind)
            print(name, "unwound")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    # 1: wait_for waits for slow unwinding before raising TimeoutError
    try:
        await asyncio.wait_for(work("a", 1, unwind=0.2), 0.1)
    except TimeoutError:
        print("1 TimeoutError at", el())
    # 2: outer task cancelled while wait_for is waiting for the inner to unwind after a timeout
    async def caller():
        try:
            return await asyncio.wait_for(work("b", 1, unwind=0.2), 0.1)
        except TimeoutError:
            print("2 caller TimeoutError at", el())
            await asyncio.sleep(0)
            return "after timeout"
        except asyncio.CancelledError as e:
            print("2 caller CancelledError", repr(str(e)), "at", el())
            raise
    t0 = loop.time()
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.15)
    c.cancel("mid-unwind")
    try:
        print("2 result", await c)
    except asyncio.CancelledError as e:
        print("2 cancelled", repr(str(e)), c.cancelled(), "at", el())
    # 3: inner finishes in the same loop iteration that the outer is cancelled
    t0 = loop.time()
    inner = asyncio.create_task(work("c", 0.1, v="c-val"))
    async def caller3():
        try:
            return await asyncio.wait_for(inner, 1)
        except asyncio.CancelledError:
            print("3 caller cancelled")
            raise
    c = asyncio.create_task(caller3())
    loop.call_later(0.1, c.cancel)
    try:
        print("3 result", await c, "cancelled", c.cancelled())
    except asyncio.CancelledError:
        print("3 caller ended cancelled; inner", inner.done(), inner.cancelled())
    # 4: wait_for of gather: gather children cancelled on timeout
    t0 = loop.time()
    try:
        await asyncio.wait_for(asyncio.gather(work("d", 0.05), work("e", 1), work("f", 1)), 0.1)
    except TimeoutError:
        print("4 TimeoutError at", el())
    # 5: wait_for on a wait_for (nested), inner has the shorter timeout
    t0 = loop.time()
    try:
        await asyncio.wait_for(asyncio.wait_for(work("g", 1), 0.1), 0.5)
    except TimeoutError:
        print("5 TimeoutError at", el())
    # 6: nested, outer shorter
    t0 = loop.time()
    try:
        await asyncio.wait_for(asyncio.wait_for(work("h", 1), 0.5), 0.1)
    except TimeoutError:
        print("6 TimeoutError at", el())
asyncio.run(main())
