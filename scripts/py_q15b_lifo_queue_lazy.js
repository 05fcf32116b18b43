// LifoQueue(2): last in, first out; blocked putters wait FIFO; interleaved with a slow getter.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const lq = new asyncio.LifoQueue(2);
  const log = [];
  async function putter(i) {
    await lq.put(i);
    log.push(`put ${i} -> ${lq.qsize()}`);
  }
  const ts = [0, 1, 2, 3, 4, 5].map((i) => asyncio.create_task(asyncio.coroutine(putter)(i)));
  await asyncio.sleep(0);
  const got = [];
  for (let k = 0; k < 6; k++) {
    got.push(await lq.get());
    log.push(`  got ${got[got.length - 1]}`);
    await asyncio.sleep(0);
  }
  await asyncio.gather(...ts);
  print(log.join("\n"));
  print(`[${got.join(", ")}]`, py(lq.empty()));
}

await asyncio.run(main());
