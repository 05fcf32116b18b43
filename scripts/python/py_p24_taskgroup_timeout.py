import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(el(), name, "done")
        return name
    except asyncio.CancelledError:
        print(el(), name, "cancelled")
        raise

async def batch(label, specs, limit):
    tasks = []
    try:
        async with asyncio.timeout(limit):
            async with asyncio.TaskGroup() as tg:
                for n, s in specs:
                    tasks.append(tg.create_task(fetch(n, s)))
        print(el(), label, "ok:", [t.result() for t in tasks])
    except TimeoutError:
        finished = [t.result() for t in tasks if t.done() and not t.cancelled()]
        print(el(), label, "timed out; finished:", finished)

async def main():
    await batch("b1", [("a", 0.1), ("b", 0.2)], 0.5)
    await batch("b2", [("c", 0.1), ("d", 0.4), ("e", 0.6)], 0.3)
    # nested structure: group inside group
    async def sub(tag):
        async with asyncio.TaskGroup() as inner:
            inner.create_task(fetch(tag + "1", 0.1))
            inner.create_task(fetch(tag + "2", 0.2))
        return tag
    async with asyncio.TaskGroup() as outer:
        x = outer.create_task(sub("x"))
        y = outer.create_task(sub("y"))
    print(el(), "nested:", x.result(), y.result())

asyncio.run(main())
