import asyncio

async def lookup(k):
    return k * 2

async def quick(name):
    v = await lookup(1)
    print("quick", name, v)
    v = await lookup(v)
    print("quick", name, "again", v)
    return name

async def slow(name, d):
    v = await lookup(3)
    print("slow", name, "start", v)
    await asyncio.sleep(d)
    print("slow", name, "end")
    return name

async def boom(name):
    await lookup(0)
    print("boom", name, "raising")
    raise RuntimeError(f"{name} failed")

async def spawner():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "spawner callback")
    ts = [asyncio.create_task(quick(f"s{i}")) for i in range(3)]
    print("spawner made tasks")
    await asyncio.sleep(0)
    print("spawner after sleep0")
    return [t.result() for t in ts]

async def main():
    print(await spawner())
    done, pending = await asyncio.wait([asyncio.create_task(quick("w1")), asyncio.create_task(slow("w2", 0.2))], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    await asyncio.gather(*pending)
    try:
        await asyncio.wait_for(slow("wf", 1), 0.1)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    r = await asyncio.gather(quick("g1"), boom("g2"), quick("g3"), return_exceptions=True)
    print([str(x) for x in r])
    t = asyncio.create_task(slow("cx", 1))
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    t2 = asyncio.create_task(quick("early"))
    t2.cancel("before start")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2 cancelled", e.args)

asyncio.run(main())
