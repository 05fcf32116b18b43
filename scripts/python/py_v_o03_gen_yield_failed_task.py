import asyncio, types
async def boom():
    raise ValueError("boom")
async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("t done?", t.done())
    @types.coroutine
    def gen():
        try:
            yield from t
        except ValueError as e:
            print("gen caught", e)
        f = asyncio.get_running_loop().create_future()
        f.cancel()
        try:
            yield from f
        except asyncio.CancelledError:
            print("gen saw cancelled future")
        return "gen result"
    async def other():
        print("other ran")
    print((await asyncio.gather(gen(), other()))[0])
asyncio.run(main())
