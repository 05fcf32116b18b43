import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def target():
    log("target", "start")
    for i in range(2):
        await asyncio.sleep(0)
        log("target", "step", i)
    return 42
async def follower(name, t, pre):
    for i in range(pre):
        await asyncio.sleep(0)
    log(name, "awaiting target", t.done())
    r = await t
    log(name, "got", r)
    await asyncio.sleep(0)
    log(name, "end")
    return name
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    t = asyncio.create_task(target())
    fs = [asyncio.create_task(follower(f"f{i}", t, p)) for i, p in enumerate([0, 3, 1, 2, 0, 5])]
    t.add_done_callback(lambda _: log("cb", "target done"))
    res = await asyncio.gather(*fs)
    log("main", ",".join(res), await t)
asyncio.run(main())
