async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const r = (x) => (x - t0).toFixed(2);
  const h1 = loop.call_later(0.25, () => print("h1 at", r(loop.time())));
  const h2 = loop.call_at(t0 + 0.1, () => print("h2 at", r(loop.time())));
  const h3 = loop.call_at(t0 - 5, () => print("h3 (past) at", r(loop.time())));
  print("when", r(h1.when()), r(h2.when()), r(h3.when()));
  h1.cancel();
  print("when after cancel", r(h1.when()), h1.cancelled());
  await asyncio.sleep(0.05);
  print("after 0.05", r(loop.time()));
  const h4 = loop.call_later(0.05, () => print("h4 at", r(loop.time())));
  print("h4 when", r(h4.when()));
  await asyncio.sleep(0.2);
  print("end", r(loop.time()));
}
await asyncio.run(main());
