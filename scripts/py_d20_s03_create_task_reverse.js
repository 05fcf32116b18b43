// create_task then await in reverse order; elapsed per step
async function real_async(n) {
  print("this is real async func", n);
  const s = time.time();
  await asyncio.sleep(n);
  print(`end sleep ${n}: ${(time.time() - s).toFixed(1)}`);
  return Math.trunc(n * 10);
}

async function do_it() {
  print("invoke real async");
  const start = time.time();
  const t1 = asyncio.create_task(real_async(0.1));
  const t2 = asyncio.create_task(real_async(0.3));
  const t3 = asyncio.create_task(real_async(0.2));
  await asyncio.sleep(0);
  print("created", t1.done(), t2.done(), t3.done());
  const r3 = await t3;
  print("t3", r3, t1.done(), t2.done(), (time.time() - start).toFixed(1));
  const r2 = await t2;
  print("t2", r2, (time.time() - start).toFixed(1));
  const r1 = await t1;
  print("t1", r1, (time.time() - start).toFixed(1));
}

await asyncio.run(do_it());
