// Seed 003: gather of many coroutines with different sleeps; results in argument order
async function job(i, delay) {
  print("start", i);
  await asyncio.sleep(delay);
  print("end", i, Math.round((time.perf_counter() - t0) * 100) / 100);
  return i * i;
}

async function main() {
  const delays = [0.3, 0.1, 0.25, 0.05, 0.2, 0.15, 0.1, 0.3];
  const results = await asyncio.gather(...delays.map((d, i) => job(i, d)));
  print(...results);
  print("total", (time.perf_counter() - t0).toFixed(1));
}

const t0 = time.perf_counter();
await asyncio.run(main());
