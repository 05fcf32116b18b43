import asyncio
async def job(tag):
    await asyncio.sleep(0.01)
    return tag
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(job("first")))
loop.call_soon(print, "dropped soon")
loop.call_later(0.01, print, "dropped later")
fut = loop.create_future()
loop.close()
print("closed", loop.is_closed(), "get_event_loop is same", asyncio.get_event_loop() is loop)
for name, fn in [("run_until_complete", lambda: loop.run_until_complete(fut)),
                 ("run_forever", lambda: loop.run_forever()),
                 ("call_soon", lambda: loop.call_soon(print)),
                 ("call_at", lambda: loop.call_at(1, print))]:
    try:
        fn()
        print(name, "ok")
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
print("create_future on closed loop ok:", loop.create_future().done())
loop.close()
print("close again ok")
loop2 = asyncio.new_event_loop()
print("loop2 is new", loop2 is not loop, loop2.is_closed())
asyncio.set_event_loop(loop2)
print("get_event_loop is loop2", asyncio.get_event_loop() is loop2)
print(loop2.run_until_complete(job("second")))
loop2.call_soon(print, "runs on loop2")
print(loop2.run_until_complete(asyncio.sleep(0.02, "after")))
loop2.close()
print(asyncio.run(job("run-1")))
print(asyncio.run(job("run-2")))
