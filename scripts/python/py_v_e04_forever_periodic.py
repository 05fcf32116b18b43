import asyncio
import functools

def tick(loop, n, state):
    state.append(n)
    print("tick", n, round(loop.time() - state[0 if False else 0] * 0, 1) >= 0)
    if n < 3:
        loop.call_later(0.1, tick, loop, n + 1, state)
    else:
        loop.call_soon(loop.stop)

async def background():
    for i in range(10):
        await asyncio.sleep(0.07)
        print("bg", i)

loop = asyncio.new_event_loop()
state = []
loop.call_soon(tick, loop, 1, state)
bg = loop.create_task(background())
loop.run_forever()
print("stopped; bg done?", bg.done(), "ticks", ",".join(map(str, state)))
h = loop.call_later(0.05, print, "late callback")
h2 = loop.call_later(0.02, print, "cancelled callback")
h2.cancel()
loop.run_until_complete(asyncio.sleep(0.1))
print("handles:", h.cancelled(), h2.cancelled())
bg.cancel()
loop.run_until_complete(asyncio.sleep(0))
print("bg cancelled?", bg.cancelled())
loop.close()
print("closed", loop.is_closed())
