import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

TEXT = ["the quick brown fox", "jumps over the lazy dog", "the dog sleeps", "a fox runs", "over and over"]

async def mapper(i, line):
    try:
        await asyncio.sleep(0.05 * (i % 3 + 1))
        counts = {}
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
        return counts
    except asyncio.CancelledError:
        print(el(), f"mapper {i} cancelled")
        raise

async def reducer(parts):
    await asyncio.sleep(0.03)
    total = {}
    for p in parts:
        for w, c in p.items():
            total[w] = total.get(w, 0) + c
    return total

async def shard(lines, offset):
    parts = await asyncio.gather(*(mapper(offset + i, l) for i, l in enumerate(lines)))
    return await reducer(parts)

async def main():
    shards = await asyncio.gather(shard(TEXT[:2], 0), shard(TEXT[2:], 2))
    total = await reducer(shards)
    top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
    print(el(), "top words:", top)

    # the same job under a deadline that is too short: the whole gather tree is cancelled
    outer = asyncio.gather(shard(TEXT[:3], 0), shard(TEXT[3:], 3))
    try:
        await asyncio.wait_for(outer, timeout=0.12)
    except asyncio.TimeoutError:
        print(el(), "deadline: outer cancelled?", outer.cancelled(), "done?", outer.done())
    # a gather with one failing child does not cancel its siblings
    async def boom():
        await asyncio.sleep(0.03)
        raise ZeroDivisionError("division by zero")
    sib = asyncio.ensure_future(mapper(9, "x y"))
    g = asyncio.gather(boom(), sib)
    try:
        await g
    except ZeroDivisionError as e:
        print(el(), "gather raised", type(e).__name__, "; sibling done?", sib.done())
    print(el(), "sibling result", await sib)

asyncio.run(main())
