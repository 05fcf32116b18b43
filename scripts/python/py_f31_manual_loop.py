import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t0 = loop.time()
fut = loop.create_future()
loop.call_later(0.05, fut.set_result, "x")
loop.call_soon(print, "soon before run")
print("running?", loop.is_running())
print("result", loop.run_until_complete(fut))
print("elapsed", f"{loop.time() - t0:.2f}")
loop.call_later(0.05, loop.stop)
loop.call_soon(print, "in forever")
h = loop.call_later(0.02, print, "timer in forever")
loop.call_later(0.2, print, "timer after stop (runs in next run)")
loop.run_forever()
print("stopped", f"{loop.time() - t0:.2f}", loop.is_running())
async def again():
    await asyncio.sleep(0.2)
    return "again"
print(loop.run_until_complete(again()), f"{loop.time() - t0:.2f}")
loop.close()
print("closed", loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError", e)
