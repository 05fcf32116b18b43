import asyncio
async def worker(name, q, t0, loop):
    handled = 0
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.15)
        except TimeoutError:
            print(f"{name} idle, exiting at {round(loop.time()-t0, 2)} after {handled}")
            return handled
        await asyncio.sleep(item)
        handled += 1
        q.task_done()
async def feeder(q):
    for d in [0.05, 0.1, 0.05, 0.2]:
        await q.put(d)
        await asyncio.sleep(0.07)
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    q = asyncio.Queue()
    ws = [asyncio.create_task(worker(f"w{i}", q, t0, loop)) for i in range(2)]
    await feeder(q)
    await q.join()
    print("joined at", round(loop.time()-t0, 2), "qsize", q.qsize())
    print("handled", await asyncio.gather(*ws))
asyncio.run(main())
