async function producer(q, n, name) {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(0.1);
    await q.put(`${name}-${i}`);
    print(`produced ${name}-${i} qsize=${q.qsize()}`);
  }
  await q.put(null);
}

async function consumer(q, name) {
  while (true) {
    const item = await q.get();
    if (item === null) {
      print(`${name} got sentinel`);
      break;
    }
    print(`${name} consumed ${item}`);
    await asyncio.sleep(0.25);
  }
}

async function main() {
  const q = new asyncio.Queue(2);
  await asyncio.gather(producer(q, 4, "p1"), producer(q, 3, "p2"), consumer(q, "c1"), consumer(q, "c2"));
  print("left", q.qsize());
}

asyncio.run(main());
