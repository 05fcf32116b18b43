import asyncio
async def watch(name, fut):
    try:
        v = await fut
        print(name, "woke with", v)
    except Exception as e:
        print(name, "woke with error", type(e).__name__, e)
async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    b = loop.create_future()
    c = loop.create_future()
    def on_a(f):
        print("on_a: result", f.result(), "-> b.set_exception, c.set_result")
        b.set_exception(ValueError("from a's callback"))
        loop.call_soon(print, "soon from on_a")
        c.set_result(f.result() * 10)
    wb = asyncio.create_task(watch("wb", b))
    wc = asyncio.create_task(watch("wc", c))
    wa = asyncio.create_task(watch("wa", a))
    a.add_done_callback(on_a)
    b.add_done_callback(lambda f: print("b cb, exception", type(f.exception()).__name__))
    await asyncio.sleep(0)
    c.add_done_callback(lambda f: print("c cb", f.result()))
    loop.call_later(0.05, a.set_result, 7)
    await asyncio.gather(wa, wb, wc)
    print("states", a.done(), b.done(), c.done())
asyncio.run(main())
