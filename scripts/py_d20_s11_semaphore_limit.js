// Semaphore limiting concurrency to 3 of 8 jobs; track max concurrency and timeline
let running = 0;
let peak = 0;

async function job(sem, i, t0) {
  await sem.with(async () => {
    running += 1;
    peak = Math.max(peak, running);
    const loop = asyncio.get_running_loop();
    print(`job ${i} start ${(loop.time() - t0).toFixed(2)} running ${running}`);
    await asyncio.sleep(0.1 + (i % 3) * 0.05);
    running -= 1;
    print(`job ${i} end ${(loop.time() - t0).toFixed(2)}`);
  });
  return i;
}

async function main() {
  const sem = new asyncio.Semaphore(3);
  const t0 = asyncio.get_running_loop().time();
  const results = await asyncio.gather(...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => job(sem, i, t0)));
  print("results", results.reduce((a, b) => a + b, 0), "peak", peak, "locked", sem.locked());
  print(`elapsed ${(asyncio.get_running_loop().time() - t0).toFixed(2)}`);
}

await asyncio.run(main());
