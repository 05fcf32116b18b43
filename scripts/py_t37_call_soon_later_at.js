async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const log = (...a) => print(...a, (loop.time() - t0).toFixed(1));
  loop.call_later(0.2, log, "later 0.2");
  loop.call_later(0.1, log, "later 0.1");
  const h = loop.call_later(0.1, log, "later 0.1 cancelled");
  loop.call_at(t0 + 0.17, log, "at 0.17");
  loop.call_soon(log, "soon 1");
  const hs = loop.call_soon(log, "soon cancelled");
  loop.call_soon(log, "soon 2");
  loop.call_later(0, log, "later 0");
  loop.call_later(-1, log, "later -1");
  hs.cancel();
  h.cancel();
  print("handle cancelled", hs.cancelled(), h.cancelled());
  const th = loop.call_later(0.3, log, "x");
  print("when", (th.when() - t0).toFixed(1));
  loop.call_soon(() => loop.call_soon(log, "nested soon"));
  loop.call_soon(log, "soon 3");
  await asyncio.sleep(0);
  log("main after sleep0");
  await asyncio.sleep(0.5);
  log("end");
}
await asyncio.run(main());
