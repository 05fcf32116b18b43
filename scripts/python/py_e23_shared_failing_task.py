import asyncio
async def source():
    await asyncio.sleep(0.2)
    raise ConnectionError("source down")
async def consumer(name, t, delay):
    await asyncio.sleep(delay)
    try:
        return await t
    except ConnectionError as e:
        print(name, "sees", type(e).__name__, str(e))
        raise
async def main():
    src = asyncio.create_task(source())
    cs = [asyncio.create_task(consumer(f"c{i}", src, d)) for i, d in enumerate([0, 0.1, 0.3])]
    results = await asyncio.gather(*cs, return_exceptions=True)
    print([type(r).__name__ for r in results], all(r is src.exception() for r in results))
    # a consumer cancelled while waiting does not cancel? it does cancel the awaited task
    src2 = asyncio.create_task(source())
    c = asyncio.create_task(consumer("d", src2, 0))
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("src2 cancelled", src2.cancelled())
asyncio.run(main())
