import asyncio, types
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t0 = loop.time()
def T():
    return f"{loop.time() - t0:.2f}"
q = asyncio.Queue(maxsize=2)
@types.coroutine
def producer(n):
    for i in range(n):
        yield from q.put(i)
        print(T(), "put", i, "size", q.qsize())
        yield from asyncio.sleep(0.01)
    yield from q.put(None)
    return "produced %d" % n
@types.coroutine
def consumer(name):
    got = []
    while True:
        item = yield from q.get()
        if item is None:
            yield from q.put(None)
            break
        print(T(), name, "got", item)
        got.append(item)
        yield from asyncio.sleep(0.025)
    return got
tasks = [asyncio.ensure_future(producer(6)), asyncio.ensure_future(consumer("c1")),
         asyncio.ensure_future(consumer("c2"))]
done, pending = loop.run_until_complete(asyncio.wait(tasks, timeout=0.04))
print(T(), "after timeout: done", len(done), "pending", len(pending))
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(T(), "all:", [t.result() for t in tasks])
loop.close()
