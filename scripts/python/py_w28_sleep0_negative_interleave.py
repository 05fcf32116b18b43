import asyncio
async def worker(name, delays):
    for d in delays:
        print(name, d)
        await asyncio.sleep(d)
    print(name, "end")
    return name
async def main():
    r = await asyncio.gather(worker("A", [0, -1, 0]), worker("B", [0, 0]), worker("C", [-0.5, 0, 0, 0]), worker("D", [0.0001, 0]))
    print(r)
asyncio.run(main())
