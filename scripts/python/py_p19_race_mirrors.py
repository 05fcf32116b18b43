import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def mirror(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(el(), name, "responded")
        return name
    except asyncio.CancelledError:
        print(el(), name, "aborted")
        raise

async def fastest(mirrors):
    tasks = [asyncio.create_task(mirror(n, s), name=n) for n, s in mirrors]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return winner, sorted(t.get_name() for t in pending)

async def main():
    w, losers = await fastest([("eu", 0.3), ("us", 0.1), ("asia", 0.5)])
    print(el(), "winner", w, "losers", ",".join(losers))
    done, pending = await asyncio.wait([asyncio.create_task(mirror("x", 0.4)), asyncio.create_task(mirror("y", 0.6))], timeout=0.2)
    print(el(), "after timeout: done", len(done), "pending", len(pending))
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
    await asyncio.sleep(0)
    print(el(), "all cancelled", all(t.cancelled() for t in pending))

asyncio.run(main())
