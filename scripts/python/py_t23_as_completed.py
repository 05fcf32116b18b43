import asyncio
async def w(n, d):
    await asyncio.sleep(d)
    print("w", n, "done")
    return n
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for f in asyncio.as_completed([w("a", 0.3), w("b", 0.1), w("c", 0.2), w("d", 0.1)]):
        r = await f
        print("got", r, f"{loop.time()-t0:.1f}")
    fs = [w("x", 0.1), w("y", 1), w("z", 2)]
    try:
        for f in asyncio.as_completed(fs, timeout=0.5):
            print("got", await f, f"{loop.time()-t0:.1f}")
    except asyncio.TimeoutError:
        print("as_completed timeout", f"{loop.time()-t0:.1f}")
    await asyncio.sleep(3)
    print("end", f"{loop.time()-t0:.1f}")
asyncio.run(main())
