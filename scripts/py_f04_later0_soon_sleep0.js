async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_later(0, print, "later 0 (first)");
  loop.call_soon(print, "soon A");
  loop.call_at(loop.time(), print, "call_at now");
  loop.call_later(0.0, print, "later 0 (second)");
  loop.call_soon(print, "soon B");
  await asyncio.sleep(0);
  print("main after sleep0 #1");
  await asyncio.sleep(0);
  print("main after sleep0 #2");
  loop.call_later(0.05, print, "later 0.05");
  loop.call_soon(print, "soon C");
  await asyncio.sleep(0.05);
  print("main after sleep 0.05");
  await asyncio.sleep(0);
  print("end");
}
await asyncio.run(main());
