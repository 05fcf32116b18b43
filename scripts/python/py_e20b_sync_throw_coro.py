import asyncio
async def thrower(name):
    print("thrower", name, "runs")
    raise ValueError(f"sync {name}")
async def sleeper(name):
    print("sleeper", name, "runs")
    await asyncio.sleep(0.1)
    print("sleeper", name, "done")
    return name
async def main():
    t = asyncio.create_task(thrower("t"))
    print("task created", t.done())
    await asyncio.sleep(0)
    print("after yield", t.done(), type(t.exception()).__name__)
    try:
        await asyncio.gather(sleeper("a"), thrower("b"), sleeper("c"))
    except ValueError as e:
        print("gather", str(e))
    await asyncio.sleep(0.2)
    for f in asyncio.as_completed([thrower("x"), sleeper("y")]):
        try:
            print("ac", await f)
        except ValueError as e:
            print("ac err", str(e))
    try:
        await asyncio.wait_for(thrower("w"), 1)
    except ValueError as e:
        print("wait_for", str(e))
asyncio.run(main())
