import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

DAG = {
    "fetch": [],
    "config": [],
    "compile": ["fetch", "config"],
    "lint": ["fetch"],
    "test": ["compile"],
    "docs": ["config"],
    "package": ["test", "lint", "docs"],
}
COST = {"fetch": 0.1, "config": 0.06, "compile": 0.2, "lint": 0.07, "test": 0.13, "docs": 0.17, "package": 0.04}

class UpstreamFailed(Exception):
    pass

async def run_dag(failing=None):
    loop = asyncio.get_running_loop()
    futs = {name: loop.create_future() for name in DAG}
    order = []

    async def step(name):
        deps = DAG[name]
        try:
            await asyncio.gather(*(futs[d] for d in deps))
        except Exception as e:
            futs[name].set_exception(UpstreamFailed(f"{name} <- {e}"))
            print(el(), "skip", name)
            return
        print(el(), "start", name)
        await asyncio.sleep(COST[name])
        if name == failing:
            futs[name].set_exception(RuntimeError(f"{name} crashed"))
            print(el(), "FAIL", name)
            return
        order.append(name)
        futs[name].set_result(name)
        print(el(), "done", name)

    await asyncio.gather(*(step(n) for n in DAG))
    for name, f in futs.items():
        if f.exception():
            print("   ", name, "->", type(f.exception()).__name__, f.exception())
    return order

async def main():
    print(el(), "order:", await run_dag())
    print(el(), "order:", await run_dag(failing="lint"))

asyncio.run(main())
