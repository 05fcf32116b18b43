const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const h1 = loop.call_at(t0 + 5, print, "x");
  print("call_at when exact", P(h1.when() === t0 + 5));
  const h2 = loop.call_later(2.5, print, "y");
  print("call_later when", Math.round((h2.when() - t0) * 1000) / 1000);
  const h3 = loop.call_later(-3, print, "neg");
  print("negative delay when <= now", P(h3.when() <= loop.time()));
  await asyncio.sleep(1);
  print("elapsed", (loop.time() - t0).toFixed(2));
  print("when unchanged", Math.round((h2.when() - t0) * 1000) / 1000);
  h1.cancel(); h2.cancel();
  print("when after cancel", Math.round((h2.when() - t0) * 1000) / 1000);
  const h4 = loop.call_at(loop.time() - 10, print, "past call_at runs");
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  print("done", P(h4.cancelled()));
}
await asyncio.run(main());
