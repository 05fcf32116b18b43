import asyncio

async def job(n):
    await asyncio.sleep(n * 0.1)
    print("job", n, "done")
    return n

async def main():
    tasks = [asyncio.ensure_future(job(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done", *sorted(t.result() for t in done), "pending", len(pending))
    return pending

loop = asyncio.get_event_loop()
try:
    pending = loop.run_until_complete(main())
finally:
    loop.close()
print("closed; pending done?", *[t.done() for t in pending])
