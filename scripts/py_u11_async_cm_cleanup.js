const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.02) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)

class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }

// async with: enter, run body, exit with the error (if any); exit may swallow it by returning true.
async function asyncWith(cm, body) {
  const v = await cm.aenter();
  let result;
  try {
    result = await body(v);
  } catch (e) {
    if (!(await cm.aexit(e))) throw e;
    return undefined;
  }
  await cm.aexit(null);
  return result;
}

class Pool {
  constructor(size) {
    this.sem = new asyncio.Semaphore(size);
    this.in_use = 0;
  }
  async aenter() {
    print(el(), "pool: open");
    await asyncio.sleep(0.03);
    return this;
  }
  async aexit(e) {
    print(el(), "pool: closing, in use =", this.in_use, "exc =", e ? e.name : "None");
    await asyncio.sleep(0.03);
    print(el(), "pool: closed");
    return false;
  }
  connection(who) { return new Conn(this, who); }
}

class Conn {
  constructor(pool, who) { this.pool = pool; this.who = who; }
  async aenter() {
    await this.pool.sem.acquire();
    this.pool.in_use += 1;
    print(el(), `  ${this.who}: got connection`);
    return this;
  }
  async aexit(e) {
    this.pool.in_use -= 1;
    this.pool.sem.release();
    print(el(), `  ${this.who}: released connection (${e ? e.name : "ok"})`);
    return e instanceof KeyError; // swallow lookups that failed
  }
  async query(q, secs) {
    await asyncio.sleep(secs);
    if (q === "missing") throw new KeyError(q);
    if (q === "boom") throw new ValueError("syntax error near boom");
    return `${q}-rows`;
  }
}

async function client(pool, who, q, secs) {
  try {
    return await asyncWith(pool.connection(who), async (c) => {
      const r = await c.query(q, secs);
      print(el(), `  ${who}: ${r}`);
      return r;
    });
  } finally {
    print(el(), `  ${who}: finally`);
  }
}

async function main() {
  await asyncWith(new Pool(2), async (pool) => {
    const results = await asyncio.gather(
      client(pool, "a", "users", 0.1),
      client(pool, "b", "missing", 0.1),
      client(pool, "c", "boom", 0.22),
      client(pool, "d", "orders", 0.1),
      { return_exceptions: true });
    print(el(), "results:", "[" + results.map(r => r instanceof Error ? `'${r.name}'` : r === undefined ? "None" : `'${r}'`).join(", ") + "]");
  });
  try {
    await asyncWith(new Pool(1), async (pool) => {
      await asyncWith(pool.connection("e"), async (c) => {
        await c.query("boom", 0.1);
      });
    });
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print(el(), "main caught", e.message);
  }
}

await asyncio.run(main());
