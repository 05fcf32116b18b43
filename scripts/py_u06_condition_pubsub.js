const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.03) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

class Topic {
  constructor() {
    this.cond = new asyncio.Condition();
    this.messages = [];
    this.closed = false;
  }
  async publish(msg) {
    await this.cond.with(async () => {
      this.messages.push(msg);
      print(el(), "publish", msg);
      this.cond.notify_all();
    });
  }
  async close() {
    await this.cond.with(async () => {
      this.closed = true;
      this.cond.notify_all();
    });
  }
  async subscribe(name, start = 0) {
    let seen = start;
    const got = [];
    while (true) {
      let batch;
      const finished = await this.cond.with(async () => {
        await this.cond.wait_for(() => this.messages.length > seen || this.closed);
        if (this.messages.length === seen && this.closed) {
          print(el(), name, "sees close");
          return true;
        }
        batch = this.messages.slice(seen);
        seen = this.messages.length;
        return false;
      });
      if (finished) return got;
      print(el(), name, "got batch", pylist(batch));
      got.push(...batch);
      await asyncio.sleep(name === "slow" ? 0.17 : 0.01);
    }
  }
}

async function main() {
  const topic = new Topic();
  const subs = [asyncio.create_task(topic.subscribe("fast")),
                asyncio.create_task(topic.subscribe("slow")),
                asyncio.create_task(topic.subscribe("late", 2))];
  await asyncio.sleep(0);
  for (let i = 0; i < 5; i++) {
    await topic.publish(`m${i}`);
    await asyncio.sleep(0.1);
  }
  await topic.close();
  const res = await asyncio.gather(...subs);
  ["fast", "slow", "late"].forEach((name, i) => print(name, res[i].length, pylist(res[i])));
  print("locked after:", topic.cond.locked() ? "True" : "False");
}

await asyncio.run(main());
