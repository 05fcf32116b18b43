const T0 = time.time();

async function say_after(delay, what) {
  await asyncio.sleep(delay);
  print(what);
}

async function main() {
  print(`started at ${(time.time() - T0).toFixed(1)}`);

  await say_after(1, 'hello');
  await say_after(2, 'world');

  print(`finished at ${(time.time() - T0).toFixed(1)}`);
}

await asyncio.run(main());
