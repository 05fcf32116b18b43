# generator-based coroutines (types.coroutine, like @asyncio.coroutine) with asyncio.wait(timeout)
import asyncio
import types

@types.coroutine
def step(name, n, d):
    for i in range(n):
        yield from asyncio.sleep(d)
        print(name, "step", i)
    return name + " finished"

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.ensure_future(step("a", 2, 0.1)), asyncio.ensure_future(step("b", 5, 0.1))]
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print("after wait", len(done), len(pending), round(loop.time() - t0, 2))
    for t in done:
        print("done:", t.result())
    for t in pending:
        t.cancel()
    res = await asyncio.gather(*pending, return_exceptions=True)
    print("pending ended with", [type(r).__name__ for r in res])

asyncio.run(main())
