import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def step(name, seconds):
    print(el(), "begin", name)
    try:
        await asyncio.sleep(seconds)
    finally:
        print(el(), "end", name)
    return name

async def transaction(label, steps, limit):
    done = []
    try:
        async with asyncio.timeout(limit) as cm:
            for name, secs in steps:
                done.append(await step(name, secs))
        print(el(), label, "committed", "+".join(done), "expired:", cm.expired())
    except TimeoutError:
        print(el(), label, "rolled back after", "+".join(done) or "nothing", "expired:", cm.expired())
    return len(done)

async def main():
    a = await transaction("tx1", [("read", 0.1), ("compute", 0.1), ("write", 0.1)], 0.5)
    b = await transaction("tx2", [("read", 0.1), ("compute", 0.3), ("write", 0.1)], 0.3)
    c = await transaction("tx3", [("read", 0.4)], 0.2)
    print(el(), "steps done", a, b, c)

asyncio.run(main())
