import asyncio
loop = asyncio.new_event_loop()
def a():
    print("a")
    loop.call_soon(print, "c (queued by a during the stopping iteration)")
def b():
    print("b stops")
    loop.stop()
loop.call_soon(a)
loop.call_soon(b)
loop.run_forever()
print("run_forever returned")
loop.call_later(0.1, loop.stop)
loop.run_forever()
print("second run_forever returned")
loop.close()
