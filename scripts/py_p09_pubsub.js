const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class Broker {
  constructor() { this.subscribers = new Map(); }
  subscribe(name, maxsize = 0) {
    const q = new asyncio.Queue(maxsize);
    this.subscribers.set(name, q);
    return q;
  }
  unsubscribe(name) { this.subscribers.delete(name); }
  async publish(msg) {
    for (const [name, q] of [...this.subscribers]) await q.put(msg);
  }
}

async function subscriber(broker, name, delay, limit = null) {
  const q = broker.subscribe(name);
  const got = [];
  while (true) {
    const msg = await q.get();
    if (msg === null) break;
    await asyncio.sleep(delay);
    got.push(msg);
    print(el(), name, "received", msg);
    if (limit && got.length >= limit) {
      broker.unsubscribe(name);
      print(el(), name, "unsubscribed");
      break;
    }
  }
  return `${name}:${got.length}`;
}

async function main() {
  const broker = new Broker();
  const subs = [asyncio.create_task(subscriber(broker, "fast", 0.01)),
                asyncio.create_task(subscriber(broker, "slow", 0.13)),
                asyncio.create_task(subscriber(broker, "picky", 0.02, 2))];
  await asyncio.sleep(0);
  for (const topic of ["news", "sports", "weather", "tech"]) {
    print(el(), "publish", topic, "to", broker.subscribers.size);
    await broker.publish(topic);
    await asyncio.sleep(0.1);
  }
  await broker.publish(null);
  print(el(), "done:", (await asyncio.gather(...subs)).join(" "));
}

await asyncio.run(main());
