// Seed 000 "信号量": Semaphore(2) limits 5 tasks to two at a time; one task fails and still releases
async function request(sem, i) {
  return await sem.with(async () => {
    print("start", i, (time.perf_counter() - t0).toFixed(1));
    await asyncio.sleep(i !== 2 ? 0.2 : 0.1);
    if (i === 2) {
      throw new asyncio.RuntimeError("request 2 failed");
    }
    print("end", i, (time.perf_counter() - t0).toFixed(1));
    return i;
  });
}

async function main() {
  const sem = new asyncio.Semaphore(2);
  const res = await asyncio.gather(...[0, 1, 2, 3, 4].map((i) => request(sem, i)), { return_exceptions: true });
  print(...res.map((r) => (typeof r === "number" ? r : `${r.name}(${r.message})`)));
  print("locked?", sem.locked(), "total", (time.perf_counter() - t0).toFixed(1));
}

const t0 = time.perf_counter();
await asyncio.run(main());
