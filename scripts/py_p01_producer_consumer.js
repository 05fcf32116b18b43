const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function producer(queue, n) {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(0.1);
    const item = `item-${i}`;
    await queue.put(item);
    print(el(), "produced", item);
  }
  await queue.put(null);
  print(el(), "producer done");
}

async function consumer(queue) {
  let count = 0;
  while (true) {
    const item = await queue.get();
    if (item === null) {
      print(el(), "consumer got sentinel");
      break;
    }
    print(el(), "consuming", item);
    await asyncio.sleep(0.12);
    count += 1;
    print(el(), "consumed", item);
  }
  return count;
}

async function main() {
  const queue = new asyncio.Queue();
  const prod = asyncio.create_task(producer(queue, 4));
  const cons = asyncio.create_task(consumer(queue));
  await prod;
  const total = await cons;
  print(el(), "total consumed", total, "qsize", queue.qsize());
}

await asyncio.run(main());
