import asyncio
async def main():
    loop = asyncio.get_running_loop()
    ok = loop.create_future()
    ok.set_result("ok")
    bad = loop.create_future()
    bad.set_exception(ValueError("bad"))
    cc = loop.create_future()
    cc.cancel()
    for tmo in (None, 0, -1, 1):
        for name, f in (("ok", ok), ("bad", bad), ("cc", cc)):
            try:
                print(tmo, name, "->", await asyncio.wait_for(f, tmo))
            except ValueError as e:
                print(tmo, name, "ValueError", e)
            except asyncio.TimeoutError:
                print(tmo, name, "TimeoutError")
            except asyncio.CancelledError:
                print(tmo, name, "CancelledError", asyncio.current_task().cancelling())
asyncio.run(main())
