const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.03) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)
const pybool = (b) => b ? "True" : "False";

async function fetch(i) {
  await asyncio.sleep(0.1 * (3 - i));
  print(el(), "fetched", i);
  return i * i;
}

function on_done(fut) {
  print(el(), "callback:", fut.result());
}

class Ticker {
  constructor(loop, interval, limit) {
    this.loop = loop; this.interval = interval; this.limit = limit;
    this.count = 0;
    this.handle = null;
    this.finished = loop.create_future();
  }
  start() { this.handle = this.loop.call_later(this.interval, () => this._tick()); }
  _tick() {
    this.count += 1;
    print(el(), "tick", this.count);
    if (this.count < this.limit) this.handle = this.loop.call_later(this.interval, () => this._tick());
    else this.finished.set_result(this.count);
  }
}

const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const tasks = [];
for (let i = 0; i < 3; i++) {
  const t = loop.create_task(fetch(i));
  t.add_done_callback(on_done);
  tasks.push(t);
}
const ticker = new Ticker(loop, 0.07, 4);
ticker.start();
const results = await loop.run_until_complete(asyncio.gather(...tasks));
print(el(), "results", `[${results.join(", ")}]`, "ticker count so far", ticker.count);
print(el(), "ticks total", await loop.run_until_complete(ticker.finished));
const fut = asyncio.ensure_future(fetch(2), { loop });
print(el(), "ensure_future ->", await loop.run_until_complete(fut));
print("running?", pybool(loop.is_running()), "closed?", pybool(loop.is_closed()));
loop.close();
print("closed?", pybool(loop.is_closed()));
