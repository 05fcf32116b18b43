import asyncio
async def task_fn(i):
    await asyncio.sleep([0.2, 0.05, 0.15, 0.1][i])
    if i == 2:
        raise KeyError(i)
    return i * i
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    state = {"done": 0}
    def on_done(t):
        state["done"] += 1
        status = "error" if t.exception() else f"ok {t.result()}"
        print(f"progress {state['done']}/4: {t.get_name()} {status} at {round(loop.time()-t0, 2)}")
    tasks = []
    for i in range(4):
        t = asyncio.create_task(task_fn(i), name=f"job{i}")
        t.add_done_callback(on_done)
        tasks.append(t)
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print("gathered", [r if isinstance(r, int) else type(r).__name__ for r in res])
asyncio.run(main())
