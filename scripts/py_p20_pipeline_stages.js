const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

const STOP = Symbol("stop");

async function source(out, items) {
  for (const it of items) {
    await asyncio.sleep(0.1);
    print(el(), "source ->", it);
    await out.put(it);
  }
  await out.put(STOP);
}

async function stage(name, inp, out, fn, delay) {
  while (true) {
    const item = await inp.get();
    if (item === STOP) {
      print(el(), name, "stopping");
      await out.put(STOP);
      return;
    }
    await asyncio.sleep(delay);
    const res = fn(item);
    print(el(), name, item, "->", res);
    await out.put(res);
  }
}

async function sink(inp, acc) {
  let item;
  while ((item = await inp.get()) !== STOP) acc.push(item);
  print(el(), "sink got", acc.length, "items");
}

async function main() {
  const [q1, q2, q3] = [new asyncio.Queue(1), new asyncio.Queue(1), new asyncio.Queue()];
  const acc = [];
  await asyncio.gather(
    source(q1, [1, 2, 3, 4]),
    stage("square", q1, q2, x => x * x, 0.03),
    stage("label", q2, q3, x => `#${x}`, 0.17),
    sink(q3, acc),
  );
  print(el(), "output:", acc.join(" "));
}

await asyncio.run(main());
