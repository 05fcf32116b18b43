import asyncio
async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("k"))
    print(repr(f))
    f.exception()
asyncio.run(main())
