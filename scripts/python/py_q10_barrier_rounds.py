# Barrier(4) used for three rounds by four tasks arriving at different times: wait() returns the
# arrival index 0..3 each round; parties / n_waiting / broken along the way; `async with` gives the
# index too; extra tasks beyond the parties wait for the next round.
import asyncio

async def main():
    b = asyncio.Barrier(4)
    log = []
    print(b.parties, b.n_waiting, b.broken)

    async def party(i):
        for rnd in range(3):
            await asyncio.sleep(0.01 * ((i * 7 + rnd * 3) % 5))
            idx = await b.wait()
            log.append(f"r{rnd} p{i} idx={idx}")

    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async def watcher():
        for k in range(1, 7):
            await asyncio.sleep(t0 + 0.0125 * k - loop.time())
            log.append(f"  n_waiting={b.n_waiting} broken={b.broken}")

    await asyncio.gather(*(party(i) for i in range(4)), watcher())
    print("\n".join(log))

    out = []
    async def extra(i):
        async with b as idx:
            out.append((i, idx))
    ts = [asyncio.create_task(extra(i)) for i in range(6)]
    await asyncio.sleep(0.1)
    print("after 6 arrivals:", b.n_waiting, sorted(out))
    ts += [asyncio.create_task(extra(i)) for i in range(6, 8)]
    await asyncio.gather(*ts)
    print("all:", sorted(out), b.n_waiting, b.broken)

asyncio.run(main())
