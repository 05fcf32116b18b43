import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

STOP = object()

async def source(out, items):
    for it in items:
        await asyncio.sleep(0.1)
        print(el(), "source ->", it)
        await out.put(it)
    await out.put(STOP)

async def stage(name, inp, out, fn, delay):
    while True:
        item = await inp.get()
        if item is STOP:
            print(el(), name, "stopping")
            await out.put(STOP)
            return
        await asyncio.sleep(delay)
        res = fn(item)
        print(el(), name, item, "->", res)
        await out.put(res)

async def sink(inp, acc):
    while (item := await inp.get()) is not STOP:
        acc.append(item)
    print(el(), "sink got", len(acc), "items")

async def main():
    q1, q2, q3 = asyncio.Queue(1), asyncio.Queue(1), asyncio.Queue()
    acc = []
    await asyncio.gather(
        source(q1, [1, 2, 3, 4]),
        stage("square", q1, q2, lambda x: x * x, 0.03),
        stage("label", q2, q3, lambda x: f"#{x}", 0.17),
        sink(q3, acc),
    )
    print(el(), "output:", " ".join(acc))

asyncio.run(main())
