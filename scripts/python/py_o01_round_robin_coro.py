import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def worker(name, n):
    for i in range(n):
        log(name, "step", i)
        await asyncio.sleep(0)
    log(name, "end")
    return name * n
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    tasks = [asyncio.create_task(worker(c, n)) for c, n in zip("abcdef", [3, 1, 4, 0, 2, 5])]
    log("main", "created")
    await asyncio.sleep(0)
    log("main", "after yield")
    print(",".join(await asyncio.gather(*tasks)))
    log("main", "end")
asyncio.run(main())
