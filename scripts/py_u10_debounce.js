const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.04) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

class Debouncer {
  constructor(delay, action) {
    this.delay = delay;
    this.action = action;
    this.pending = null;
    this.latest = null;
    this.fired = [];
    this.cancelled = 0;
  }
  trigger(value) {
    this.latest = value;
    if (this.pending !== null && !this.pending.done()) {
      this.pending.cancel();
      this.cancelled += 1;
    }
    this.pending = asyncio.create_task(this._wait_then_fire());
  }
  async _wait_then_fire() {
    try {
      await asyncio.sleep(this.delay);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) return;
      throw e;
    }
    const value = this.latest;
    this.fired.push(value);
    await this.action(value);
  }
  async flush() {
    if (this.pending !== null) await this.pending;
  }
}

async function save(value) {
  print(el(), "saving", `'${value}'`);
  await asyncio.sleep(0.01);
}

async function typist(deb, text, gaps) {
  for (let i = 0; i < text.length; i++) {
    await asyncio.sleep(gaps[i]);
    deb.trigger(text[i]);
  }
}

async function main() {
  const deb = new Debouncer(0.13, save);
  await typist(deb, "hello", [0.02, 0.03, 0.04, 0.16, 0.02]);
  await asyncio.sleep(0.14);
  await typist(deb, "ab", [0.01, 0.02]);
  await deb.flush();
  print(el(), "fired", pylist(deb.fired), "cancelled", deb.cancelled);
  print("pending cancelled?", deb.pending.cancelled() ? "True" : "False", "result", deb.pending.result() === undefined ? "None" : deb.pending.result());
}

await asyncio.run(main());
