import asyncio
t0 = 0.0
def T():
    return f"{asyncio.get_running_loop().time() - t0:.2f}"
def log(*a):
    print(*a, T())
async def player(name, inbox, outbox, rounds):
    for i in range(rounds):
        log(name, "get", i)
        item = await inbox.get()
        log(name, "got", item)
        await outbox.put(item + 1)
        log(name, "put", item + 1)
    log(name, "end")
async def watcher(q):
    for i in range(3):
        await asyncio.sleep(0)
        log("watcher", i, q.qsize())
async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    a, b = asyncio.Queue(), asyncio.Queue()
    ta = asyncio.create_task(player("ping", a, b, 3))
    tb = asyncio.create_task(player("pong", b, a, 3))
    tw = asyncio.create_task(watcher(a))
    log("main", "kick")
    a.put_nowait(0)
    await asyncio.gather(ta, tb, tw)
    log("main", "left", a.qsize(), b.qsize(), a.get_nowait())
asyncio.run(main())
