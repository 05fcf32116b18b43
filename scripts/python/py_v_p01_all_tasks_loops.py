import asyncio
async def sleeper(n):
    await asyncio.sleep(n)
    return n
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
ts = [loop.create_task(sleeper(n / 10)) for n in (1, 2, 3)]
print("before run:", len(asyncio.all_tasks(loop)))
async def inspect_tasks():
    await asyncio.sleep(0.15)
    return len(asyncio.all_tasks())
print("inside:", loop.run_until_complete(inspect_tasks()))
print("after first run:", len(asyncio.all_tasks(loop)), ",".join(str(t.done()).lower() for t in ts))
loop.run_until_complete(asyncio.sleep(0.1))
print("after second run:", len(asyncio.all_tasks(loop)), ",".join(str(t.done()).lower() for t in ts))
print(*loop.run_until_complete(asyncio.gather(*ts)))
loop.close()
