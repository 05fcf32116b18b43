import asyncio
async def job(n):
    await asyncio.sleep(n)
    print("job", n, "done")
    return n
loop = asyncio.get_event_loop()
tasks = [loop.create_task(job(n)) for n in (1, 2, 3)]
done, pending = loop.run_until_complete(asyncio.wait(tasks, timeout=1.5))
print(len(done), "done,", len(pending), "pending")
