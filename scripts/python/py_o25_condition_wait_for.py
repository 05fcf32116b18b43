import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
state = {"n": 0}
async def waiter(name, cond, target):
    async with cond:
        log(name, "wait_for >=", target)
        await cond.wait_for(lambda: (print("  pred", name, state["n"]), state["n"] >= target)[1])
        log(name, "ok", state["n"])
async def bumper(cond):
    for i in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            log("bumper", "n =", state["n"])
            if i % 2 == 0:
                cond.notify_all()
            else:
                cond.notify(1)
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(f"w{t}", cond, t)) for t in [3, 1, 2, 4, 1]]
    ts.append(asyncio.create_task(bumper(cond)))
    done, pending = await asyncio.wait(ts, timeout=0.05)
    log("main", len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
asyncio.run(main())
