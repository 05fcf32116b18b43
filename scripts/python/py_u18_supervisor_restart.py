import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.03) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class Supervisor:
    def __init__(self, queue, max_restarts):
        self.queue = queue
        self.max_restarts = max_restarts
        self.restarts = 0
        self.workers = {}
        self.processed = []
        self.stopping = False

    def start(self, name):
        t = asyncio.create_task(self.worker(name), name=name)
        self.workers[name] = t
        t.add_done_callback(self.on_exit)

    def on_exit(self, task):
        name = task.get_name()
        if task.cancelled():
            print(el(), name, "exited: cancelled")
            return
        exc = task.exception()
        print(el(), name, "exited:", repr(exc))
        if exc is not None and not self.stopping and self.restarts < self.max_restarts:
            self.restarts += 1
            new = f"{name.split('.')[0]}.{self.restarts}"
            print(el(), "restarting as", new)
            self.start(new)

    async def worker(self, name):
        while True:
            job = await self.queue.get()
            try:
                await asyncio.sleep(0.04)
                if job % 5 == 3:
                    raise ValueError(f"bad job {job}")
                self.processed.append(job)
            finally:
                self.queue.task_done()

    async def stop(self):
        self.stopping = True
        live = [t for t in self.workers.values() if not t.done()]
        for t in live:
            t.cancel()
        await asyncio.gather(*live, return_exceptions=True)
        return len(live)

async def main():
    q = asyncio.Queue()
    for j in range(12):
        q.put_nowait(j)
    sup = Supervisor(q, max_restarts=2)
    sup.start("w0")
    sup.start("w1")
    await asyncio.sleep(0.01)
    await asyncio.wait_for(q.join(), 2)
    print(el(), "queue drained; restarts used:", sup.restarts)
    print(el(), "stopped", await sup.stop(), "workers")
    print("processed", sorted(sup.processed))
    print("missing", sorted(set(range(12)) - set(sup.processed)))

asyncio.run(main())
