let counter = 0;
async function incr(lock, name, n) {
  for (let k = 0; k < n; k++) {
    await lock.with(async () => {
      const v = counter;
      await asyncio.sleep(0.01);
      counter = v + 1;
    });
  }
  print(`${name} done counter=${counter}`);
}
async function unsafe(name, n, box) {
  for (let k = 0; k < n; k++) {
    const v = box[0];
    await asyncio.sleep(0.01);
    box[0] = v + 1;
  }
  print(`${name} unsafe done box=${box[0]}`);
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const lock = new asyncio.Lock();
  await asyncio.gather(...[0, 1, 2].map((i) => incr(lock, `t${i}`, 3)));
  print("final", counter, Math.round((loop.time() - t0) * 100) / 100);
  const box = [0];
  await asyncio.gather(...[0, 1, 2].map((i) => unsafe(`u${i}`, 3, box)));
  print("unsafe final", box[0], Math.round((loop.time() - t0) * 100) / 100);
}
asyncio.run(main());
