import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def sl(name, d):
    log(name, "sleep", d)
    await asyncio.sleep(d)
    log(name, "woke")
async def main():
    global t0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    when = t0 + 0.02
    loop.call_at(when, log, "call_at", "A")
    ts = [asyncio.create_task(sl("s1", 0.02))]
    loop.call_later(0.02, log, "call_later", "B")
    ts.append(asyncio.create_task(sl("s2", 0.02)))
    loop.call_later(0.01, lambda: (log("call_later", "C"), loop.call_later(0.01, log, "nested", "D")))
    ts.append(asyncio.create_task(sl("s3", 0.01)))
    loop.call_soon(log, "soon", "E")
    await asyncio.sleep(0.02)
    log("main", "woke")
    await asyncio.gather(*ts)
    log("main", "end")
asyncio.run(main())
