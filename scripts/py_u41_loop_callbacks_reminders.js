const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

class Reminders {
  constructor(loop) {
    this.loop = loop;
    this.handles = new Map();
    this.fired = [];
  }
  add(name, delay, ...args) {
    const h = this.loop.call_later(delay, (...a) => this._fire(...a), name, ...args);
    this.handles.set(name, h);
  }
  add_at(name, when) {
    this.handles.set(name, this.loop.call_at(when, (...a) => this._fire(...a), name));
  }
  cancel(name) {
    const h = this.handles.get(name);
    this.handles.delete(name);
    h.cancel();
    print(el(), "cancelled reminder", name, "cancelled():", h.cancelled() ? "True" : "False");
  }
  _fire(name, ...args) {
    this.handles.delete(name);
    this.fired.push(name);
    print(el(), "reminder", name, ...args);
    if (name === "chain") this.loop.call_soon(print, el(), "call_soon from inside a callback");
  }
}

const watcher = asyncio.coroutine(async function (fut) {
  print(el(), "watcher waiting on future");
  const v = await fut;
  print(el(), "watcher got", v);
});

async function main() {
  const loop = asyncio.get_running_loop();
  const r = new Reminders(loop);
  const fut = loop.create_future();
  const w = asyncio.create_task(watcher(fut));
  r.add("stretch", 0.2, "stand up");
  r.add("water", 0.1, "drink", "now");
  r.add("chain", 0.3);
  r.add_at("absolute", loop.time() + 0.16);
  r.add("meeting", 0.25);
  loop.call_later(0.22, (v) => fut.set_result(v), "future result via call_later");
  loop.call_soon(print, el(), "call_soon runs before any timer");
  await asyncio.sleep(0.12);
  r.cancel("meeting");
  await asyncio.sleep(0.3);
  await w;
  print(el(), "fired:", pylist(r.fired), "left:", pylist([...r.handles.keys()]));
}

await asyncio.run(main());
