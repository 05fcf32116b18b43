import asyncio
async def bad(name, d):
    await asyncio.sleep(d)
    print("raising", name)
    raise ValueError(name)
async def main():
    ts = [asyncio.create_task(bad("x", 0.1)), asyncio.create_task(bad("y", 0.1)), asyncio.create_task(bad("z", 0.05))]
    try:
        await asyncio.gather(*ts)
    except ValueError as e:
        print("gather raised", str(e))
    await asyncio.sleep(0.2)
    for t in ts:
        print(t.get_name() == t.get_name(), str(t.exception()))
    # same-time, order of args differs from creation order
    ts = [asyncio.create_task(bad("p", 0.1)), asyncio.create_task(bad("q", 0.1))]
    try:
        await asyncio.gather(ts[1], ts[0])
    except ValueError as e:
        print("gather raised", str(e))
    await asyncio.sleep(0)
    print([str(t.exception()) for t in ts])
asyncio.run(main())
