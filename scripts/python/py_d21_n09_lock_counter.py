import asyncio
counter = 0
async def incr(lock, name, n):
    global counter
    for _ in range(n):
        async with lock:
            v = counter
            await asyncio.sleep(0.01)
            counter = v + 1
    print(f"{name} done counter={counter}")
async def unsafe(name, n, box):
    for _ in range(n):
        v = box[0]
        await asyncio.sleep(0.01)
        box[0] = v + 1
    print(f"{name} unsafe done box={box[0]}")
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    lock = asyncio.Lock()
    await asyncio.gather(*(incr(lock, f"t{i}", 3) for i in range(3)))
    print("final", counter, round(loop.time()-t0, 2))
    box = [0]
    await asyncio.gather(*(unsafe(f"u{i}", 3, box) for i in range(3)))
    print("unsafe final", box[0], round(loop.time()-t0, 2))
asyncio.run(main())
