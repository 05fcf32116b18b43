import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
async def worker():
    for i in range(5):
        print("worker tick", i)
        await asyncio.sleep(0.02)
    print("worker finished")
t = loop.create_task(worker())
loop.run_until_complete(asyncio.sleep(0.03))
print("closing with task pending; done?", t.done())
loop.close()
print("closed")
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
loop2.run_until_complete(asyncio.sleep(0.2))
print("loop2 ran 0.2s; old task done?", t.done())
loop2.close()
