import asyncio

counter = 0

async def runner(name, gate, lock, t0, loop):
    global counter
    print(f"{name} waiting")
    await gate.wait()
    print(f"{name} released at {loop.time() - t0:.1f}")
    for _ in range(3):
        async with lock:
            v = counter
            await asyncio.sleep(0.01)
            counter = v + 1
    return name

async def periodic(t0, loop):
    try:
        while True:
            print(f"heartbeat {loop.time() - t0:.1f}")
            await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("heartbeat cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    gate = asyncio.Event()
    lock = asyncio.Lock()
    hb = asyncio.create_task(periodic(t0, loop))
    tasks = [asyncio.create_task(runner(f"r{i}", gate, lock, t0, loop)) for i in range(3)]
    await asyncio.sleep(1.2)
    print("opening the gate")
    gate.set()
    done = await asyncio.gather(*tasks)
    print(done, counter, f"{loop.time() - t0:.2f}")
    hb.cancel()
    try:
        await hb
    except asyncio.CancelledError:
        print("hb cancelled:", hb.cancelled())

asyncio.run(main())
