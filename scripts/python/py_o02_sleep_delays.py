import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def sleeper(name, delays):
    for i, d in enumerate(delays):
        log(name, "before", i, d)
        await asyncio.sleep(d)
        log(name, "after", i)
    return name
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    specs = [("a", [0.02, 0.02, 0]), ("b", [0.02, 0, 0.02]), ("c", [0, 0.04]), ("d", [0.04, 0]), ("e", [0.01, 0.01, 0.01, 0.01]), ("f", [0.02, 0.02])]
    ts = [asyncio.create_task(sleeper(n, d)) for n, d in specs]
    for t in ts:
        log("main got", await t)
asyncio.run(main())
