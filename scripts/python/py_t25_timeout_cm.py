import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    try:
        async with asyncio.timeout(0.5) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body cancelled", el())
                raise
    except TimeoutError:
        print("expired", cm.expired(), el())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.2)
    print("not expired", cm.expired(), el())
    try:
        async with asyncio.timeout(0.5) as cm:
            cm.reschedule(loop.time() + 2)
            await asyncio.sleep(1)
            print("survived reschedule", el())
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled expired", el())
    async with asyncio.timeout(None) as cm:
        print("when none", cm.when() is None)
        cm.reschedule(loop.time() + 0.3)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside none-timeout")
            raise
        finally:
            print("finally", el())
asyncio.run(main())
