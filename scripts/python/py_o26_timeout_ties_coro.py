import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def work(name, d):
    log(name, "start", d)
    try:
        await asyncio.sleep(d)
        log(name, "finished")
        return name
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
async def guarded(name, d, limit):
    try:
        async with asyncio.timeout(limit):
            return await work(name, d)
    except TimeoutError:
        log(name, "timeout")
        return name + "-TO"
async def wf(name, d, limit):
    try:
        return await asyncio.wait_for(work(name, d), limit)
    except asyncio.TimeoutError:
        log(name, "wait_for timeout")
        return name + "-TO"
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    r = await asyncio.gather(guarded("g1", 0.02, 0.02), guarded("g2", 0.01, 0.02), guarded("g3", 0.03, 0.02),
                             wf("f1", 0.02, 0.02), wf("f2", 0.03, 0.02), wf("f3", 0.01, 0.02), work("plain", 0.02))
    log("main", ",".join(r))
asyncio.run(main())
