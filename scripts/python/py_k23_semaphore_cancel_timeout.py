import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    async def user(n, hold, limit):
        try:
            async with asyncio.timeout(limit):
                async with sem:
                    log.append(f"in{n}")
                    await asyncio.sleep(hold)
                    log.append(f"out{n}")
        except TimeoutError:
            log.append(f"timeout{n}")
        except asyncio.CancelledError:
            log.append(f"cancel{n}")
            raise
    ts = [asyncio.create_task(user(i, h, l)) for i, (h, l) in enumerate([(0.3, 1), (0.3, 0.2), (0.1, 0.25), (0.1, 1), (0.1, 1)])]
    await asyncio.sleep(0.1)
    ts[4].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log)
    print("sem locked", sem.locked())
    # wait_for on acquire with exact-time release
    await sem.acquire(); await sem.acquire()
    asyncio.get_running_loop().call_later(0.1, sem.release)
    try:
        await asyncio.wait_for(sem.acquire(), 0.1)
        print("acquired at the deadline")
    except asyncio.TimeoutError:
        print("timed out at the deadline")
    print("locked", sem.locked())

asyncio.run(main())
