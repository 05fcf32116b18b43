import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.03) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

async def fetch(i):
    await asyncio.sleep(0.1 * (3 - i))
    print(el(), "fetched", i)
    return i * i

def on_done(fut):
    print(el(), "callback:", fut.result())

class Ticker:
    def __init__(self, loop, interval, limit):
        self.loop, self.interval, self.limit = loop, interval, limit
        self.count = 0
        self.handle = None
        self.finished = loop.create_future()

    def start(self):
        self.handle = self.loop.call_later(self.interval, self._tick)

    def _tick(self):
        self.count += 1
        print(el(), "tick", self.count)
        if self.count < self.limit:
            self.handle = self.loop.call_later(self.interval, self._tick)
        else:
            self.finished.set_result(self.count)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = []
for i in range(3):
    t = loop.create_task(fetch(i))
    t.add_done_callback(on_done)
    tasks.append(t)
ticker = Ticker(loop, 0.07, 4)
ticker.start()
results = loop.run_until_complete(asyncio.gather(*tasks))
print(el(), "results", results, "ticker count so far", ticker.count)
print(el(), "ticks total", loop.run_until_complete(ticker.finished))
fut = asyncio.ensure_future(fetch(2), loop=loop)
print(el(), "ensure_future ->", loop.run_until_complete(fut))
print("running?", loop.is_running(), "closed?", loop.is_closed())
loop.close()
print("closed?", loop.is_closed())
