const loop = asyncio.new_event_loop();
let count = 0;
async function ticker() {
  while (true) {
    await asyncio.sleep(0.1);
    count += 1;
    print("tick", count, "running?", loop.is_running());
    if (count === 3) {
      loop.stop();
      print("stop requested");
    }
  }
}
const t = loop.create_task(ticker());
loop.call_soon(print, "first callback");
await loop.run_forever();
print("stopped at", count, "done?", t.done());
await loop.run_until_complete(asyncio.sleep(0.15));
print("after ruc", count);
t.cancel();
try {
  await loop.run_until_complete(t);
} catch (e) {
  if (e instanceof asyncio.CancelledError) print("ticker cancelled", t.cancelled());
  else throw e;
}
loop.close();
