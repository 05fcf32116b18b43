import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError)
    e = f.exception()
    print("type", type(e).__name__, "is instance", isinstance(e, ValueError), "args", e.args)
    try:
        await f
    except ValueError as e2:
        print("await raises instance", e2 is e)
asyncio.run(main())
