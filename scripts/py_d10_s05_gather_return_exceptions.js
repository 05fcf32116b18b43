// gather(..., return_exceptions=True): errors come back in place of results, in order
async function work(i) {
  await asyncio.sleep(0.1 * (5 - i));
  if (i % 2) {
    throw new asyncio.RuntimeError(`job ${i} failed`);
  }
  print("job", i, "ok");
  return i * 10;
}

async function main() {
  const jobs = [];
  for (let i = 0; i < 5; i++) jobs.push(work(i));
  const results = await asyncio.gather(...jobs, { return_exceptions: true });
  results.forEach((r, i) => {
    if (r instanceof Error) {
      print(i, "error", r.name, r.message);
    } else {
      print(i, "value", r);
    }
  });
  print("elapsed", (time.perf_counter() - t0).toFixed(1));
}

const t0 = time.perf_counter();
await asyncio.run(main());
