import asyncio
async def w(d):
    await asyncio.sleep(d)
    return asyncio.current_task().get_name()
async def main():
    print("main task", asyncio.current_task().get_name())
    a = asyncio.create_task(w(0.1))
    b = asyncio.create_task(w(0.1), name="custom")
    c = asyncio.ensure_future(w(0.1))
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    c.set_name(123)
    print(c.get_name(), type(c.get_name()).__name__)
    r = await asyncio.gather(a, b, c, w(0.1))
    print(r)
    d = asyncio.create_task(w(0))
    print(d.get_name())
    await d
    fs = [asyncio.create_task(w(0)) for _ in range(3)]
    done, _ = await asyncio.wait(fs)
    print(sorted(t.get_name() for t in done))
    print(sorted(await asyncio.gather(*[w(0) for _ in range(2)])))
asyncio.run(main())
