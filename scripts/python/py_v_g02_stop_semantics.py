import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
def a():
    print("a")
    loop.call_soon(c)
def b():
    print("b stops")
    loop.stop()
def c():
    print("c (scheduled by a, runs after stop?)")
def d():
    print("d")
loop.call_soon(a)
loop.call_soon(b)
loop.call_soon(d)
loop.run_forever()
print("-- first run_forever returned")
loop.stop()
loop.call_soon(print, "e queued after stop-before-run")
print("-- calling run_forever with stop pending")
loop.run_forever()
print("-- second returned")
async def worker():
    for i in range(3):
        print("worker", i)
        await asyncio.sleep(0.01)
    loop.stop()
    print("worker called stop, continues")
    await asyncio.sleep(0)
    print("worker after sleep0")
    return "w-done"
t = loop.create_task(worker())
loop.run_forever()
print("-- third returned; task done?", t.done())
loop.run_forever() if False else None
print(loop.run_until_complete(t))
loop.close()
