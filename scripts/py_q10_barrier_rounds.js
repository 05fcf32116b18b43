// Barrier(4) used for three rounds by four tasks arriving at different times: wait() returns the
// arrival index 0..3 each round; parties / n_waiting / broken along the way; `async with` gives the
// index too; extra tasks beyond the parties wait for the next round.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));
const pairs = (a) => `[${a.slice().sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([x, y]) => `(${x}, ${y})`).join(", ")}]`;

async function main() {
  const b = new asyncio.Barrier(4);
  const log = [];
  print(b.parties, b.n_waiting, py(b.broken));

  async function party(i) {
    for (let rnd = 0; rnd < 3; rnd++) {
      await asyncio.sleep(0.01 * ((i * 7 + rnd * 3) % 5));
      const idx = await b.wait();
      log.push(`r${rnd} p${i} idx=${idx}`);
    }
  }

  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  async function watcher() {
    for (let k = 1; k < 7; k++) {
      await asyncio.sleep(t0 + 0.0125 * k - loop.time());
      log.push(`  n_waiting=${b.n_waiting} broken=${py(b.broken)}`);
    }
  }

  await asyncio.gather(...[0, 1, 2, 3].map((i) => party(i)), watcher());
  print(log.join("\n"));

  const out = [];
  async function extra(i) {
    await b.with(async (idx) => {
      out.push([i, idx]);
    });
  }
  const ts = [0, 1, 2, 3, 4, 5].map((i) => asyncio.create_task(extra(i)));
  await asyncio.sleep(0.1);
  print("after 6 arrivals:", b.n_waiting, pairs(out));
  ts.push(...[6, 7].map((i) => asyncio.create_task(extra(i))));
  await asyncio.gather(...ts);
  print("all:", pairs(out), b.n_waiting, py(b.broken));
}

await asyncio.run(main());
