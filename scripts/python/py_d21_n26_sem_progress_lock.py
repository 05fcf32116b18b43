import asyncio
async def fetch(i, sem, lock, state, t0, loop):
    async with sem:
        await asyncio.sleep(0.05 + 0.02 * (i % 4))
    async with lock:
        state["done"] += 1
        pct = 100 * state["done"] // state["total"]
        print(f"[{round(loop.time()-t0, 2):>5}] {state['done']}/{state['total']} ({pct}%) item {i}")
    return i
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    sem = asyncio.Semaphore(3)
    lock = asyncio.Lock()
    state = {"done": 0, "total": 8}
    res = await asyncio.gather(*[fetch(i, sem, lock, state, t0, loop) for i in range(8)])
    print("sum", sum(res), "elapsed", round(loop.time()-t0, 2))
asyncio.run(main())
