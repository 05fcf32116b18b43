import asyncio
async def work():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("work cancelled by timeout")
        try:
            await asyncio.sleep(0.2)
            print("work unwound")
        except asyncio.CancelledError:
            print("work's unwind cancelled again")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async def caller():
        try:
            await asyncio.wait_for(work(), 0.1)
        except BaseException as e:
            print("caller got", type(e).__name__, "at", round(loop.time() - t0, 2))
            raise
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.15)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("caller done at", round(loop.time() - t0, 2))
    await asyncio.sleep(0.5)
    print("end")
asyncio.run(main())
