async function main() {
  const loop = asyncio.get_running_loop();
  const h = loop.call_soon(print, "x", 1);
  print(h);
  h.cancel();
  print(h);
  const h2 = loop.call_soon(print);
  print(h2);
  await asyncio.sleep(0);
  print(h2);
}
await asyncio.run(main());
