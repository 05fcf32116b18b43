const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

let fetch_count = 0;

async function slow_backend(key) {
  fetch_count += 1;
  print(el(), "backend fetch", key);
  await asyncio.sleep(0.3);
  return key.toUpperCase();
}

class Cache {
  constructor() { this.data = new Map(); this.locks = new Map(); }

  async get(key, who) {
    if (this.data.has(key)) {
      print(el(), who, "hit", key);
      return this.data.get(key);
    }
    if (!this.locks.has(key)) this.locks.set(key, new asyncio.Lock());
    const lock = this.locks.get(key);
    return await lock.with(async () => {
      if (this.data.has(key)) {
        print(el(), who, "hit after wait", key);
        return this.data.get(key);
      }
      print(el(), who, "miss", key);
      const value = await slow_backend(key);
      this.data.set(key, value);
      return value;
    });
  }
}

async function client(cache, who, keys, pause) {
  const out = [];
  for (const k of keys) {
    out.push(await cache.get(k, who));
    await asyncio.sleep(pause);
  }
  return out.join("/");
}

async function main() {
  const cache = new Cache();
  const results = await asyncio.gather(
    client(cache, "c1", ["a", "b"], 0.1),
    client(cache, "c2", ["a", "c"], 0.2),
    client(cache, "c3", ["b", "a"], 0.0),
  );
  print(el(), "results", results[0], results[1], results[2]);
  print(el(), "backend fetches", fetch_count);
  print(el(), "lock states", "[" + [...cache.locks.entries()].sort().map(([k, l]) => `'${k}:${l.locked() ? "True" : "False"}'`).join(", ") + "]");
}

await asyncio.run(main());
