import asyncio, types
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
@types.coroutine
def gen(name, d):
    try:
        print(name, "start")
        yield from asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "finally")
fut = loop.create_future()
g = asyncio.gather(gen("fast", 0.01), gen("slow", 1), fut)
g.add_done_callback(lambda f: print("gather cb cancelled?", f.cancelled()))
loop.call_later(0.05, lambda: print("cancel ->", g.cancel()))
try:
    loop.run_until_complete(g)
except asyncio.CancelledError:
    print("run_until_complete raised CancelledError")
print("fut cancelled?", fut.cancelled())
print("cancel again ->", g.cancel())
loop.close()
