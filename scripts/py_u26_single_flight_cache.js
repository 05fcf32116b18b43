const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => x === undefined ? "None" : `'${x}'`).join(", ") + "]";

class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }

class Cache {
  constructor(loader) {
    this.loader = loader;
    this.values = new Map();
    this.inflight = new Map();
    this.loads = 0;
  }
  async get(key) {
    if (this.values.has(key)) return this.values.get(key);
    let fut = this.inflight.get(key);
    if (fut === undefined) {
      fut = asyncio.get_running_loop().create_future();
      this.inflight.set(key, fut);
      asyncio.create_task(this._load(key, fut));
    }
    return await asyncio.shield(fut);
  }
  async _load(key, fut) {
    this.loads += 1;
    print(el(), "loading", key);
    try {
      const value = await this.loader(key);
      this.values.set(key, value);
      fut.set_result(value);
    } catch (e) {
      fut.set_exception(e);
    } finally {
      this.inflight.delete(key);
    }
  }
}

async function loader(key) {
  await asyncio.sleep(0.2);
  if (key === "bad") throw new KeyError(key);
  return key.repeat(2);
}

async function client(cache, cid, key, delay) {
  await asyncio.sleep(delay);
  try {
    const v = await cache.get(key);
    print(el(), `client ${cid} ${key} -> ${v}`);
    return v;
  } catch (e) {
    if (e instanceof KeyError) print(el(), `client ${cid} ${key} -> KeyError '${e.message}'`);
    else {
      if (e instanceof asyncio.CancelledError) print(el(), `client ${cid} gave up on ${key}`);
      throw e;
    }
  }
}

async function main() {
  const cache = new Cache(loader);
  const specs = [["ab", 0], ["ab", 0.05], ["cd", 0.06], ["bad", 0.07], ["bad", 0.1], ["ab", 0.3], ["cd", 0.11]];
  const tasks = specs.map(([k, d], i) => asyncio.create_task(client(cache, i, k, d)));
  await asyncio.sleep(0.12);
  tasks[6].cancel();
  const res = await asyncio.gather(...tasks, { return_exceptions: true });
  print(el(), "results", pylist(res.map(r => r instanceof Error ? r.name : r)));
  print(el(), "loads", cache.loads, "cached", pylist([...cache.values.keys()].sort()), "inflight", cache.inflight.size);
}

await asyncio.run(main());
