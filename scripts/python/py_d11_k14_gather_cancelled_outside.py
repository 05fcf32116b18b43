import asyncio
async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(str(e)))
        raise
async def main():
    loop = asyncio.get_running_loop()
    # 1: the task awaiting the gather is cancelled
    async def parent():
        try:
            return await asyncio.gather(child("a", 0.5), child("b", 0.05), child("c", 0.5))
        except asyncio.CancelledError as e:
            print("parent cancelled", repr(str(e)))
            raise
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    p.cancel("stop parent")
    try:
        await p
    except asyncio.CancelledError as e:
        print("main: parent", p.cancelled(), repr(str(e)))
    # 2: the gather future itself is cancelled; with some children done
    ts = [asyncio.create_task(child(n, d)) for n, d in [("d", 0.05), ("e", 0.5)]]
    g = asyncio.gather(*ts)
    await asyncio.sleep(0.1)
    print("g.cancel ->", g.cancel("g-msg"), "g.done", g.done())
    try:
        await g
    except asyncio.CancelledError as e:
        print("g raised", repr(str(e)), "g.cancelled", g.cancelled())
    print("children", [(t.done(), t.cancelled()) for t in ts])
    # 3: cancelling an already-done gather
    g = asyncio.gather(child("f", 0.01))
    await g
    print("cancel done gather ->", g.cancel(), g.cancelled())
    # 4: gather cancelled, but a child swallows the cancellation
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn swallowed")
            return "stubborn value"
    g = asyncio.gather(child("h", 1), stubborn())
    await asyncio.sleep(0.05)
    g.cancel("g4")
    try:
        print("g4 result", await g)
    except asyncio.CancelledError as e:
        print("g4 raised", repr(str(e)), g.cancelled())
    # 5: empty gather cancelled
    g = asyncio.gather()
    print("empty gather done", g.done(), "cancel ->", g.cancel())
    print("empty result", await g)
    # 6: gather of a shielded child cancelled
    inner = asyncio.create_task(child("s", 0.2))
    g = asyncio.gather(asyncio.shield(inner), child("t", 1))
    await asyncio.sleep(0.05)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("g6 cancelled; inner cancelled", inner.cancelled())
    print("inner", await inner)
asyncio.run(main())
