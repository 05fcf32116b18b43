import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def child(tg, name, depth, steps):
    for i in range(steps):
        log(name, "step", i)
        if depth > 0 and i == 0:
            tg.create_task(child(tg, name + "+", depth - 1, steps))
        await asyncio.sleep(0)
    log(name, "end")
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(tg, "a", 2, 2))
        tg.create_task(child(tg, "b", 1, 3))
        log("main", "body end")
    log("main", "group exited")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(tg, "c", 0, 3))
            tg.create_task(child(tg, "d", 0, 5))
            await asyncio.sleep(0)
            log("main", "raising")
            raise ValueError("boom")
    except* ValueError as eg:
        log("main", "caught", [str(e) for e in eg.exceptions])
asyncio.run(main())
