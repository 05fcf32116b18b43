import asyncio
async def sub(n):
    print("sub start", n)
    await asyncio.sleep(0.1)
    print("sub end", n)
    return n * 2
async def gen_main():
    print("gen start")
    r = await sub(1)
    print("got", r)
    x = await asyncio.sleep(0.1, "slept")
    print("got", x)
    t = asyncio.create_task(sub(2))
    r2 = await t
    print("got task", r2)
    return "gen done"
async def gen_sub():
    print("gen_sub")
    await asyncio.sleep(0)
    return "from gen_sub"
async def gen_outer():
    v = await gen_sub()
    print("delegated ->", v)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("gen_outer cancelled")
        raise
async def main():
    print(await gen_main())
    t = asyncio.create_task(gen_outer())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("gen task cancelled", t.cancelled())
    print(await asyncio.gather(gen_sub(), gen_sub()))
asyncio.run(main())
