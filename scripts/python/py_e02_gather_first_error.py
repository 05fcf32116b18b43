import asyncio
async def work(name, d, fail=False):
    print("start", name)
    await asyncio.sleep(d)
    if fail:
        print("fail", name)
        raise ValueError(f"{name} failed")
    print("done", name)
    return name
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(work("a", 0.3)), asyncio.create_task(work("b", 0.1, True)), asyncio.create_task(work("c", 0.2))]
    g = asyncio.gather(*tasks)
    try:
        await g
    except ValueError as e:
        print("caught", type(e).__name__, str(e), round(loop.time() - t0, 1))
    print("gather done", g.done(), [t.done() for t in tasks])
    print("gather exception", type(g.exception()).__name__)
    await asyncio.sleep(0.5)
    print("after", [t.done() for t in tasks], tasks[0].result(), tasks[2].result())
    print("cancel gather", g.cancel())
asyncio.run(main())
