const L = (a) => "[" + a.map((v) => (v ? "True" : "False")).join(", ") + "]";
async function child(name, d) {
  try {
    await asyncio.sleep(d);
    print(`${name} finished`);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled`);
    throw e;
  }
}
async function parent(kids) {
  for (let i = 0; i < 2; i++) kids.push(asyncio.create_task(child(`kid${i}`, 0.2 + 0.1 * i)));
  try {
    await asyncio.gather(...kids);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("parent cancelled; kids cancelled too?", L(kids.map((k) => k.cancelled())));
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const kids = [];
  const p = asyncio.create_task(parent(kids));
  await asyncio.sleep(0.1);
  p.cancel();
  await asyncio.sleep(0.25);
  print("states", p.cancelled() ? "True" : "False", L(kids.map((k) => k.cancelled())), Math.round((loop.time() - t0) * 100) / 100);
}
asyncio.run(main());
