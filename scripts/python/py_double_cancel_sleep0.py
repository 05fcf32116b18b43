import asyncio

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"

async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0)

async def sleeper0(log):
    try:
        await asyncio.sleep(0)
        log.append("sleep0 returned")
    except asyncio.CancelledError:
        log.append("sleep0 cancelled")
        raise

async def main():
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("double cancel:", await t)
    log = []
    s = asyncio.create_task(sleeper0(log))
    k = asyncio.create_task(ticker(log))
    await asyncio.sleep(0)
    s.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await k
    print(log, s.cancelled())

asyncio.run(main())
