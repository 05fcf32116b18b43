const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const t0 = loop.time();
const T = () => (loop.time() - t0).toFixed(2);
const state = { n: 0, h: null };
const done = loop.create_future();
function tick() {
  state.n += 1;
  print(T(), "tick", state.n);
  if (state.n === 3) done.set_result(state.n);
  state.h = loop.call_later(0.02, tick);
}
done.add_done_callback((f) => { print(T(), "done cb: stopping"); loop.stop(); });
state.h = loop.call_later(0.02, tick);
await loop.run_forever();
print(T(), "run_forever returned, ticks", state.n, "handle cancelled?", P(state.h.cancelled()));
print(T(), await loop.run_until_complete(asyncio.sleep(0.05, "slept")), "ticks", state.n);
state.h.cancel();
print(T(), await loop.run_until_complete(asyncio.sleep(0.05, "slept again")), "ticks", state.n);
loop.close();
