import asyncio
async def quick(v):
    print("quick runs", v)
    return v
async def slow(v, d=0.2):
    try:
        print("slow starts", v)
        await asyncio.sleep(d)
        return v
    except asyncio.CancelledError as e:
        print("slow", v, "cancelled", repr(str(e)))
        raise
async def stubborn(v):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallows")
        return "swallowed-" + v
async def sl(d, v):
    return await asyncio.sleep(d, v)
async def attempt(label, aw, tmo):
    try:
        r = await asyncio.wait_for(aw, tmo)
        print(label, "->", r)
    except TimeoutError as e:
        print(label, "-> TimeoutError", type(e.__cause__).__name__)
    except asyncio.CancelledError as e:
        print(label, "-> CancelledError", repr(str(e)))
async def main():
    loop = asyncio.get_running_loop()
    await attempt("coro t=0", quick(1), 0)
    await attempt("coro t=-1", quick(2), -1)
    await attempt("coro t=None", quick(3), None)
    await attempt("coro t=0.001", slow(4), 0.001)
    t = asyncio.create_task(slow(5))
    await attempt("pending task t=0", t, 0)
    print("task5 cancelled", t.cancelled(), "done", t.done())
    t = asyncio.create_task(quick(6))
    await asyncio.sleep(0)
    await attempt("done task t=0", t, 0)
    f = loop.create_future()
    f.set_result("fres")
    await attempt("done future t=0", f, 0)
    f = loop.create_future()
    loop.call_later(0.05, lambda: f.done() or f.set_result("late"))
    await attempt("pending future t=0.01", f, 0.01)
    print("future cancelled", f.cancelled())
    f2 = loop.create_future()
    loop.call_later(0.05, f2.set_result, "in time")
    await attempt("pending future t=None", f2, None)
    await attempt("stubborn t=0.05", stubborn("a"), 0.05)
    t = asyncio.create_task(stubborn("b"))
    await asyncio.sleep(0)
    await attempt("stubborn task t=0", t, 0)
    print("stubborn task cancelled", t.cancelled(), "result", t.result())
    await attempt("sleep result t=0.3", asyncio.sleep(0.1, "slept"), 0.3)
    await attempt("sleep result t=0.1 same", sl(0.1, "slept"), 0.1)
asyncio.run(main())
