import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    seen = []
    def cb(fut):
        print("cb got same future", fut is f, "done", fut.done())
    def cb2(fut):
        print("cb2", fut.result())
    f.add_done_callback(cb)
    f.add_done_callback(cb2)
    f.add_done_callback(cb)
    f.add_done_callback(cb2)
    print("removed cb2 count", f.remove_done_callback(cb2))
    print("removed again", f.remove_done_callback(cb2))
    f.set_result(7)
    print("removed after set", f.remove_done_callback(cb))
    await asyncio.sleep(0)
    print("after sleep0")
    g = loop.create_future()
    g.add_done_callback(lambda fut: print("g cancelled cb", fut.cancelled()))
    g.cancel()
    h = loop.create_future()
    h.add_done_callback(lambda fut: print("h exc cb", type(fut.exception()).__name__))
    h.set_exception(KeyError("k"))
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
