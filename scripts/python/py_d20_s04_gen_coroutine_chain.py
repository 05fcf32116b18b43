# @asyncio.coroutine-style generators (types.coroutine in 3.11) with yield from, nested, return values,
# ensure_future + run_until_complete(wait)
import asyncio
import types

@types.coroutine
def fetch(name, d):
    print("fetch start", name)
    yield from asyncio.sleep(d)
    print("fetch end", name)
    return name.upper()

@types.coroutine
def pipeline(name, d):
    a = yield from fetch(name + "-a", d)
    b = yield from fetch(name + "-b", d / 2)
    print("pipeline", name, a, b)
    return a + "+" + b

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t0 = loop.time()
tasks = [asyncio.ensure_future(pipeline("x", 0.2)), asyncio.ensure_future(pipeline("y", 0.1))]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(len(done), len(pending))
for t in tasks:
    print(t.result())
print("elapsed", round(loop.time() - t0, 2))
loop.close()
