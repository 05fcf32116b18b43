import asyncio
async def work(tag):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(tag, "work cancelled once")
        for _ in range(2):
            try:
                await asyncio.sleep(0.1)
            except asyncio.CancelledError:
                print(tag, "work cancelled again")
        print(tag, "work unwound")
        raise
async def main():
    loop = asyncio.get_running_loop()
    async def caller(tag, tmo):
        t0 = loop.time()
        try:
            await asyncio.wait_for(work(tag), tmo)
        except BaseException as e:
            print(tag, "caller got", type(e).__name__, "after", round(loop.time() - t0, 2))
            raise
    # A: timeout at 0.1, caller cancelled at 0.15 while work unwinds
    c = asyncio.create_task(caller("A", 0.1))
    await asyncio.sleep(0.15)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    await asyncio.sleep(0.5)
    # B: caller cancelled at 0.05 (no timeout), then again at 0.1 while work unwinds
    c = asyncio.create_task(caller("B", 5))
    await asyncio.sleep(0.05)
    c.cancel()
    await asyncio.sleep(0.05)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    await asyncio.sleep(0.5)
    print("end")
asyncio.run(main())
