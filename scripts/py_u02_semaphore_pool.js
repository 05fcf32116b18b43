const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

let active = 0;
let peak = 0;

async function job(sem, i) {
  return await sem.with(async () => {
    active += 1;
    peak = Math.max(peak, active);
    print(el(), `job ${i} start (active=${active})`);
    try {
      await asyncio.sleep(0.1 * (1 + i % 3) + 0.003 * i);
      if (i === 4) throw new ValueError(`job ${i} exploded`);
      return i * 10;
    } finally {
      active -= 1;
      print(el(), `job ${i} end`);
    }
  });
}

class ValueError extends Error {
  constructor(m) { super(m); this.name = "ValueError"; }
}

async function main() {
  const sem = new asyncio.Semaphore(3);
  const results = await asyncio.gather(...[...Array(8).keys()].map(i => job(sem, i)), {return_exceptions: true});
  results.forEach((r, i) => {
    if (r instanceof Error) print("result", i, "error", r.name, r.message);
    else print("result", i, r);
  });
  print(el(), "peak", peak, "locked", sem.locked() ? "True" : "False");
}

await asyncio.run(main());
