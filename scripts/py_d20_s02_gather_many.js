// gather of many coroutines with varied sleeps; completion order and result order
const order = [];

async function work(i) {
  const d = ((i * 7) % 5) / 10;
  print("start", i);
  await asyncio.sleep(d);
  order.push(i);
  return i * i;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const results = await asyncio.gather(...Array.from({ length: 10 }, (_, i) => work(i)));
  print(results.join(" "));
  print(order.join(" "));
  print("elapsed", Math.round((loop.time() - t0) * 100) / 100);
}

await asyncio.run(main());
