import asyncio
loop = asyncio.new_event_loop()
async def work():
    for i in range(3):
        await asyncio.sleep(0.1)
        print("step", i)
    return "done"
t = loop.create_task(work())
loop.call_later(0.15, loop.stop)
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError", e, "done?", t.done())
loop.stop()
loop.stop()
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("again RuntimeError", e)
print(loop.run_until_complete(t), round(loop.time() % 1000 - 0, 0) >= 0)
loop.close()
