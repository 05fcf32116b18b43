const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.04) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)

const DATA = [...Array(11).keys()].map(i => i + 1);

async function fetch_page(cursor, size) {
  await asyncio.sleep(0.07);
  const page = DATA.slice(cursor, cursor + size);
  const nxt = cursor + size < DATA.length ? cursor + size : null;
  return [page, nxt];
}

// An async iterator written by hand (goja has no async generators): next() resolves to {value, done}.
class Paginator {
  constructor(size, prefetch) {
    this.size = size;
    this.prefetch = prefetch;
    this.buffer = [];
    this.cursor = 0;
    this.pending = null;
    this.pages = 0;
  }
  async next() {
    if (this.buffer.length === 0) {
      if (this.cursor === null) return { done: true };
      if (this.pending === null) this.pending = asyncio.create_task(fetch_page(this.cursor, this.size));
      let page;
      [page, this.cursor] = await this.pending;
      this.pages += 1;
      print(el(), "page", this.pages, "loaded:", `[${page.join(", ")}]`);
      this.pending = null;
      if (this.prefetch && this.cursor !== null) this.pending = asyncio.create_task(fetch_page(this.cursor, this.size));
      this.buffer = page;
    }
    return { value: this.buffer.shift(), done: false };
  }
}

async function consume(prefetch) {
  let total = 0;
  const it = new Paginator(4, prefetch);
  for (let r = await it.next(); !r.done; r = await it.next()) {
    await asyncio.sleep(0.02);
    total += r.value;
  }
  print(el(), prefetch ? "prefetch" : "plain", "sum", total);
}

async function main() {
  const start = time.time();
  await consume(false);
  const mid = time.time();
  await consume(true);
  const end = time.time();
  print("prefetch faster:", (end - mid) < (mid - start) ? "True" : "False");
}

await asyncio.run(main());
