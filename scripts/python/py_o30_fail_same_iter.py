import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
class Boom(Exception):
    pass
async def w(name, n, fail=False):
    try:
        for i in range(n):
            await asyncio.sleep(0)
        if fail:
            log(name, "raising")
            raise Boom(name)
        log(name, "finish")
        return name
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    ts = [asyncio.create_task(w("a", 1)), asyncio.create_task(w("b", 1, True)), asyncio.create_task(w("c", 1, True)),
          asyncio.create_task(w("d", 1)), asyncio.create_task(w("e", 3))]
    try:
        await asyncio.gather(*ts)
    except Boom as e:
        log("main", "gather raised", e)
    log("main", "states", [t.done() for t in ts])
    await asyncio.sleep(0)
    for t in ts[1:3]:
        t.exception()
    ts2 = [asyncio.create_task(w("p", 2)), asyncio.create_task(w("q", 1, True)), asyncio.create_task(w("r", 1, True)),
           asyncio.create_task(w("s", 1)), asyncio.create_task(w("u", 4))]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    log("main", "wait", sorted(t.get_name() for t in done), len(pending))
    r = await asyncio.gather(*ts2, return_exceptions=True)
    log("main", [x if isinstance(x, str) else type(x).__name__ + ":" + str(x) for x in r])
asyncio.run(main())
