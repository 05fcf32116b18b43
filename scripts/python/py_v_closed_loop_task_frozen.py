import asyncio
loop = asyncio.new_event_loop()
async def worker():
    await asyncio.sleep(0.05)
    print("worker resumed after its loop was closed")
t = loop.create_task(worker())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print(asyncio.run(asyncio.sleep(0.1, "other run done")), "worker done?", t.done())
