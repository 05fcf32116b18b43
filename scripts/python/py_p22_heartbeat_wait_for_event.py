import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def heartbeat(stop, interval):
    beats = 0
    while True:
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
            print(el(), "heartbeat: stop requested")
            break
        except asyncio.TimeoutError:
            beats += 1
            print(el(), "heartbeat", beats)
    return beats

async def job(stop):
    try:
        for i in range(3):
            await asyncio.sleep(0.23)
            print(el(), "job step", i)
    finally:
        stop.set()
        print(el(), "job set stop")

async def main():
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(stop, 0.2))
    await job(stop)
    beats = await hb
    print(el(), "total beats", beats)
    stop.clear()
    try:
        await asyncio.wait_for(stop.wait(), 0.1)
    except asyncio.TimeoutError:
        print(el(), "cleared event times out; set =", stop.is_set())

asyncio.run(main())
