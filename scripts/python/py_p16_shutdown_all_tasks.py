import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def service(name, period):
    n = 0
    try:
        while True:
            await asyncio.sleep(period)
            n += 1
            print(el(), name, "tick", n)
    except asyncio.CancelledError:
        print(el(), name, "shutting down")
        await asyncio.sleep(0.06)
        print(el(), name, "flushed")
        raise

async def shutdown():
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print(el(), f"cancelling {len(tasks)} outstanding tasks")
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(el(), "gathered", len(results), "results:", sorted(type(r).__name__ for r in results))

async def main():
    asyncio.create_task(service("db", 0.2), name="db")
    asyncio.create_task(service("cache", 0.33), name="cache")
    asyncio.create_task(service("web", 0.47), name="web")
    await asyncio.sleep(0.7)
    await shutdown()
    print(el(), "main done")
    return "clean"

print("run returned", asyncio.run(main()))
print("after run")
