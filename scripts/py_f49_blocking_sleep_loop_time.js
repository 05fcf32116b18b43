const ticker = asyncio.coroutine(async function ticker() {
  for (let i = 0; i < 3; i++) {
    await asyncio.sleep(0.03);
    print("tick", i);
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const tk = asyncio.create_task(ticker());
  loop.call_later(0.02, print, "timer 0.02");
  await asyncio.sleep(0);
  time.sleep(0.1);
  print("after blocking sleep, loop.time advanced", (loop.time() - t0).toFixed(1));
  await asyncio.sleep(0);
  print("main after yield");
  await tk;
  print("end", (loop.time() - t0).toFixed(1));
}
await asyncio.run(main());
