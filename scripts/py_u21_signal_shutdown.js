const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.05) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)
const pylist = (xs) => "[" + xs.map(x => typeof x === "number" ? String(x) : `'${x}'`).join(", ") + "]";

class App {
  constructor() {
    this.shutdown = new asyncio.Event();
    this.tasks = [];
    this.cleanup_log = [];
  }
  on_signal(signame) {
    print(el(), "received", signame);
    if (this.shutdown.is_set()) {
      print(el(), "already shutting down; forcing");
      for (const t of this.tasks) t.cancel();
    }
    this.shutdown.set();
  }
  async serve(name, period) {
    let served = 0;
    try {
      while (!this.shutdown.is_set()) {
        await asyncio.sleep(period);
        served += 1;
      }
      print(el(), name, "draining");
      await asyncio.sleep(name === "slowpoke" ? 0.3 : 0.05);
      print(el(), name, "drained");
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print(el(), name, "force-cancelled after", served);
      throw e;
    } finally {
      this.cleanup_log.push(name);
    }
    return served;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const app = new App();
  loop.call_later(0.26, (s) => app.on_signal(s), "SIGTERM");
  loop.call_later(0.42, (s) => app.on_signal(s), "SIGINT");
  app.tasks = [asyncio.create_task(app.serve("api", 0.1)),
               asyncio.create_task(app.serve("slowpoke", 0.07))];
  await app.shutdown.wait();
  print(el(), "main: shutdown event seen");
  const results = await asyncio.gather(...app.tasks, { return_exceptions: true });
  print(el(), "results:", pylist(results.map(r => typeof r === "number" ? r : r.name)));
  print(el(), "cleanup order:", pylist(app.cleanup_log));
}

await asyncio.run(main());
