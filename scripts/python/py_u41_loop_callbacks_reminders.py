import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class Reminders:
    def __init__(self, loop):
        self.loop = loop
        self.handles = {}
        self.fired = []

    def add(self, name, delay, *args):
        h = self.loop.call_later(delay, self._fire, name, *args)
        self.handles[name] = h

    def add_at(self, name, when):
        self.handles[name] = self.loop.call_at(when, self._fire, name)

    def cancel(self, name):
        h = self.handles.pop(name)
        h.cancel()
        print(el(), "cancelled reminder", name, "cancelled():", h.cancelled())

    def _fire(self, name, *args):
        self.handles.pop(name, None)
        self.fired.append(name)
        print(el(), "reminder", name, *args)
        if name == "chain":
            self.loop.call_soon(print, el(), "call_soon from inside a callback")

async def watcher(fut):
    print(el(), "watcher waiting on future")
    v = await fut
    print(el(), "watcher got", v)

async def main():
    loop = asyncio.get_running_loop()
    r = Reminders(loop)
    fut = loop.create_future()
    w = asyncio.create_task(watcher(fut))
    r.add("stretch", 0.2, "stand up")
    r.add("water", 0.1, "drink", "now")
    r.add("chain", 0.3)
    r.add_at("absolute", loop.time() + 0.16)
    r.add("meeting", 0.25)
    loop.call_later(0.22, fut.set_result, "future result via call_later")
    loop.call_soon(print, el(), "call_soon runs before any timer")
    await asyncio.sleep(0.12)
    r.cancel("meeting")
    await asyncio.sleep(0.3)
    await w
    print(el(), "fired:", r.fired, "left:", list(r.handles))

asyncio.run(main())
