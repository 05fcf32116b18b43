const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const t0 = loop.time();
const T = () => (loop.time() - t0).toFixed(2);
const futs = [0, 1, 2, 3].map(() => loop.create_future());
function relay(i) {
  return (f) => {
    print(T(), "relay", i, "saw", f.result());
    if (i + 1 < futs.length) loop.call_later(0.01, (v) => futs[i + 1].set_result(v), f.result() + 1);
  };
}
futs.forEach((f, i) => f.add_done_callback(relay(i)));
loop.call_soon((v) => futs[0].set_result(v), 100);
loop.call_soon((v) => futs[0].set_result(v), 999); // InvalidStateError inside a callback: logged, loop goes on
loop.call_soon(print, "after the failing callback");
const waiter = asyncio.coroutine(async function waiter(i) {
  const v = await futs[i];
  print(T(), "waiter", i, "got", v);
  return v;
});
const ws = [3, 0, 2].map((i) => loop.create_task(waiter(i)));
print("[" + (await loop.run_until_complete(asyncio.gather(...ws))).join(", ") + "]");
const f = loop.create_future();
const canc_waiter = asyncio.coroutine(async function canc_waiter() {
  try {
    await f;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("canc_waiter CancelledError args", e.message ? `('${e.message}',)` : "()");
    return "handled";
  }
});
const w = loop.create_task(canc_waiter());
loop.call_later(0.01, (m) => f.cancel(m), "bye");
print(await loop.run_until_complete(w), P(f.cancelled()));
try {
  f.result();
} catch (e) {
  if (!(e instanceof asyncio.CancelledError)) throw e;
  print("result() raises CancelledError", e.message ? `('${e.message}',)` : "()");
}
loop.close();
