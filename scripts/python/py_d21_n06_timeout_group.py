import asyncio
async def job(i, d):
    try:
        await asyncio.sleep(d)
        print(f"job {i} finished")
        return i
    except asyncio.CancelledError:
        print(f"job {i} cancelled")
        raise
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    try:
        async with asyncio.timeout(0.25):
            res = await asyncio.gather(job(1, 0.1), job(2, 0.2), job(3, 0.3))
            print("results", res)
    except TimeoutError:
        print("timed out at", round(loop.time()-t0, 1))
    try:
        res = await asyncio.wait_for(asyncio.gather(job(4, 0.1), job(5, 0.2)), timeout=0.3)
        print("results", res, round(loop.time()-t0, 1))
    except TimeoutError:
        print("second timed out")
    tasks = [asyncio.create_task(job(i, 0.1 * i)) for i in range(6, 9)]
    done, pending = await asyncio.wait(tasks, timeout=0.75)
    print("done", sorted(t.result() for t in done), "pending", len(pending), round(loop.time()-t0, 2))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print("end", round(loop.time()-t0, 2))
asyncio.run(main())
