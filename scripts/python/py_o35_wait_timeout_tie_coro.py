import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def w(name, d):
    await asyncio.sleep(d)
    log(name, "finish")
    return name
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    ts = [asyncio.create_task(w(f"t{i}", d)) for i, d in enumerate([0.01, 0.02, 0.02, 0.03])]
    done, pending = await asyncio.wait(ts, timeout=0.02)
    log("main", "wait", sorted(t.result() for t in done), len(pending))
    ts2 = [asyncio.create_task(w(f"u{i}", d)) for i, d in enumerate([0.02, 0.01, 0.04])]
    got = []
    try:
        for f in asyncio.as_completed(ts2, timeout=0.02):
            got.append(await f)
            log("main", "ac", got[-1])
    except asyncio.TimeoutError:
        log("main", "ac timeout", got)
    await asyncio.gather(*ts, *ts2)
    log("main", "end")
asyncio.run(main())
