import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def runner(name, gun, barrier, legs):
    print(el(), name, "at the line")
    await gun.wait()
    for leg, secs in enumerate(legs, 1):
        await asyncio.sleep(secs)
        print(el(), name, "finished leg", leg)
        idx = await barrier.wait()
        if idx == 0:
            print(el(), "-- everyone finished leg", leg)
    return name

async def main():
    gun = asyncio.Event()
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(runner(n, gun, barrier, legs)) for n, legs in
             [("ann", [0.1, 0.3]), ("bob", [0.2, 0.1]), ("cid", [0.3, 0.2])]]
    await asyncio.sleep(0.1)
    print(el(), "bang!", "waiting on barrier:", barrier.n_waiting)
    gun.set()
    names = await asyncio.gather(*tasks)
    print(el(), "all done", names, "broken:", barrier.broken)

asyncio.run(main())
