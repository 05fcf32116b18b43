async function waiter(i, ev, rounds, t0, loop) {
  const got = [];
  for (let r = 0; r < rounds; r++) {
    await ev.wait();
    got.push((loop.time() - t0).toFixed(1));
    await asyncio.sleep(0.05 * (i + 1));
  }
  print(`waiter ${i} woke at [${got.join(", ")}]`);
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const ev = new asyncio.Event();
  const ws = [0, 1, 2].map((i) => asyncio.create_task(waiter(i, ev, 2, t0, loop)));
  for (let k = 0; k < 3; k++) {
    await asyncio.sleep(0.2);
    print(`pulse ${k}`);
    ev.set();
    await asyncio.sleep(0);
    ev.clear();
  }
  await asyncio.gather(...ws);
  print("end", (loop.time() - t0).toFixed(1));
}
asyncio.run(main());
