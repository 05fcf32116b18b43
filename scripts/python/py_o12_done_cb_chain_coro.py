import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def w(name, n):
    for i in range(n):
        log(name, "step", i)
        await asyncio.sleep(0)
    log(name, "finish")
    return n
all_tasks = []
def on_done(t):
    n = t.result()
    log("cb", t.get_name(), n)
    if n > 0:
        nt = asyncio.get_running_loop().create_task(w(f"child{n}", n - 1), name=f"c{n}")
        nt.add_done_callback(on_done)
        all_tasks.append(nt)
        asyncio.get_running_loop().call_soon(log, "soon after", t.get_name())
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    t = asyncio.create_task(w("root", 3), name="root")
    t.add_done_callback(on_done)
    t.add_done_callback(lambda _: log("cb2", "root"))
    u = asyncio.create_task(w("side", 8), name="side")
    await u
    log("main", "tasks", len(all_tasks), all(x.done() for x in all_tasks))
asyncio.run(main())
