import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t0 = loop.time()
def T():
    return f"{loop.time() - t0:.2f}"
futs = [loop.create_future() for _ in range(4)]
def relay(i):
    def cb(f):
        print(T(), "relay", i, "saw", f.result())
        if i + 1 < len(futs):
            loop.call_later(0.01, futs[i + 1].set_result, f.result() + 1)
    return cb
for i, f in enumerate(futs):
    f.add_done_callback(relay(i))
loop.call_soon(futs[0].set_result, 100)
loop.call_soon(futs[0].set_result, 999)  # InvalidStateError inside a callback: logged, loop goes on
loop.call_soon(print, "after the failing callback")
async def waiter(i):
    v = await futs[i]
    print(T(), "waiter", i, "got", v)
    return v
ws = [loop.create_task(waiter(i)) for i in (3, 0, 2)]
print(loop.run_until_complete(asyncio.gather(*ws)))
f = loop.create_future()
async def canc_waiter():
    try:
        await f
    except asyncio.CancelledError as e:
        print("canc_waiter CancelledError args", e.args)
        return "handled"
w = loop.create_task(canc_waiter())
loop.call_later(0.01, f.cancel, "bye")
print(loop.run_until_complete(w), f.cancelled())
try:
    f.result()
except asyncio.CancelledError as e:
    print("result() raises CancelledError", e.args)
loop.close()
