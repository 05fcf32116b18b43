import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.05) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class App:
    def __init__(self):
        self.shutdown = asyncio.Event()
        self.tasks = []
        self.cleanup_log = []

    def on_signal(self, signame):
        print(el(), "received", signame)
        if self.shutdown.is_set():
            print(el(), "already shutting down; forcing")
            for t in self.tasks:
                t.cancel()
        self.shutdown.set()

    async def serve(self, name, period):
        served = 0
        try:
            while not self.shutdown.is_set():
                await asyncio.sleep(period)
                served += 1
            print(el(), name, "draining")
            await asyncio.sleep(0.3 if name == "slowpoke" else 0.05)
            print(el(), name, "drained")
        except asyncio.CancelledError:
            print(el(), name, "force-cancelled after", served)
            raise
        finally:
            self.cleanup_log.append(name)
        return served

async def main():
    loop = asyncio.get_running_loop()
    app = App()
    loop.call_later(0.26, app.on_signal, "SIGTERM")
    loop.call_later(0.42, app.on_signal, "SIGINT")
    app.tasks = [asyncio.create_task(app.serve("api", 0.1)),
                 asyncio.create_task(app.serve("slowpoke", 0.07))]
    await app.shutdown.wait()
    print(el(), "main: shutdown event seen")
    results = await asyncio.gather(*app.tasks, return_exceptions=True)
    print(el(), "results:", [r if isinstance(r, int) else type(r).__name__ for r in results])
    print(el(), "cleanup order:", app.cleanup_log)

asyncio.run(main())
