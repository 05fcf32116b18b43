import asyncio
async def work(x):
    await asyncio.sleep(0.1)
    print("work", x, "running inside", asyncio.get_running_loop() is loop)
    return x * 10
async def fail():
    await asyncio.sleep(0.1)
    raise KeyError("kk")
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("before: running", loop.is_running(), "closed", loop.is_closed())
print("result", loop.run_until_complete(work(1)))
t = loop.create_task(work(2))
print("task result", loop.run_until_complete(t), t.done())
f = loop.create_future()
loop.call_later(0.1, f.set_result, "from call_later")
print("future result", loop.run_until_complete(f))
try:
    loop.run_until_complete(fail())
except KeyError as e:
    print("raised KeyError", e)
loop.close()
print("after close: closed", loop.is_closed())
