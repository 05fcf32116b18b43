# pre-3.7 style: get_event_loop, loop.create_task, run_until_complete(gather), then a second run
import asyncio
import time
import builtins

def print(*a):
    builtins.print(*[str(x).lower() if isinstance(x, bool) else ("[ " + ", ".join(map(str, x)) + " ]" if isinstance(x, list) else x) for x in a])

async def cc(n):
    print("cc start", n)
    await asyncio.sleep(0.1 * n)
    print("cc end", n)
    return n

async def dd():
    await asyncio.sleep(0.05)
    return "dd"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
start = time.time()
t = loop.create_task(dd())
main_task = asyncio.gather(*[cc(i) for i in (3, 1, 2)])
print(loop.run_until_complete(main_task))
print(t.done(), t.result())
print(loop.run_until_complete(cc(1)))
print("elapsed", round(time.time() - start, 1))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
