const log = [];

const cruncher = asyncio.coroutine(async function (name, n, chunk) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += i * i;
    if (i % chunk === chunk - 1) {
      log.push(`${name}@${i}`);
      await asyncio.sleep(0);
    }
  }
  log.push(`${name} done`);
  return total;
});

const progress = asyncio.coroutine(async function (stop) {
  let ticks = 0;
  while (!stop.is_set()) {
    ticks += 1;
    log.push(`tick${ticks}`);
    await asyncio.sleep(0);
  }
  return ticks;
});

async function main() {
  const stop = new asyncio.Event();
  const p = asyncio.create_task(progress(stop));
  const a = asyncio.create_task(cruncher("A", 12, 4));
  const b = asyncio.create_task(cruncher("B", 6, 2));
  const [ra, rb] = await asyncio.gather(a, b);
  stop.set();
  const ticks = await p;
  print("results", ra, rb, "ticks", ticks);
  for (let i = 0; i < log.length; i += 8) print(log.slice(i, i + 8).join(" "));
}

await asyncio.run(main());
