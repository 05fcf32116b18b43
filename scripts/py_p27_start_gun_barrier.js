const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function runner(name, gun, barrier, legs) {
  print(el(), name, "at the line");
  await gun.wait();
  for (let leg = 1; leg <= legs.length; leg++) {
    await asyncio.sleep(legs[leg - 1]);
    print(el(), name, "finished leg", leg);
    const idx = await barrier.wait();
    if (idx === 0) print(el(), "-- everyone finished leg", leg);
  }
  return name;
}

async function main() {
  const gun = new asyncio.Event();
  const barrier = new asyncio.Barrier(3);
  const tasks = [["ann", [0.1, 0.3]], ["bob", [0.2, 0.1]], ["cid", [0.3, 0.2]]].map(([n, legs]) => asyncio.create_task(runner(n, gun, barrier, legs)));
  await asyncio.sleep(0.1);
  print(el(), "bang!", "waiting on barrier:", barrier.n_waiting);
  gun.set();
  const names = await asyncio.gather(...tasks);
  print(el(), "all done", "[" + names.map(n => `'${n}'`).join(", ") + "]", "broken:", barrier.broken ? "True" : "False");
}

await asyncio.run(main());
