const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const t0 = loop.time();
const fut = loop.create_future();
loop.call_later(0.05, (v) => fut.set_result(v), "x");
loop.call_soon(print, "soon before run");
print("running?", loop.is_running());
print("result", await loop.run_until_complete(fut));
print("elapsed", (loop.time() - t0).toFixed(2));
loop.call_later(0.05, () => loop.stop());
loop.call_soon(print, "in forever");
const h = loop.call_later(0.02, print, "timer in forever");
loop.call_later(0.2, print, "timer after stop (runs in next run)");
await loop.run_forever();
print("stopped", (loop.time() - t0).toFixed(2), loop.is_running());
const again = asyncio.coroutine(async function again() {
  await asyncio.sleep(0.2);
  return "again";
});
print(await loop.run_until_complete(again()), (loop.time() - t0).toFixed(2));
loop.close();
print("closed", loop.is_closed());
try {
  loop.call_soon(print, "x");
} catch (e) {
  if (!(e instanceof asyncio.RuntimeError)) throw e;
  print("RuntimeError", e.message);
}
