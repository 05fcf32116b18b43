import asyncio, types
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
def inner_plain():
    try:
        fut = loop.create_future()
        yield from fut
    finally:
        print("inner_plain finally")
@types.coroutine
def stubborn():
    try:
        yield from inner_plain()
    except asyncio.CancelledError:
        print("stubborn caught cancel, sleeping more")
        yield from asyncio.sleep(0.02)
        print("stubborn returns after cancel")
        return "kept"
@types.coroutine
def quitter():
    try:
        yield from asyncio.sleep(1)
    finally:
        print("quitter finally")
t1 = loop.create_task(stubborn())
t2 = loop.create_task(quitter())
loop.run_until_complete(asyncio.sleep(0.01))
print("cancel:", t1.cancel(), t2.cancel())
res = loop.run_until_complete(asyncio.gather(t1, t2, return_exceptions=True))
print("results:", [type(r).__name__ if isinstance(r, BaseException) else r for r in res])
print("t1 cancelled?", t1.cancelled(), "t2 cancelled?", t2.cancelled())
loop.close()
