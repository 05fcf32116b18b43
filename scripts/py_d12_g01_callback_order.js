const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const t0 = loop.time();
function cb(tag, ...rest) {
  print("cb", tag, ...rest, (loop.time() - t0).toFixed(2));
}
const h2 = loop.call_at(t0 + 0.1, cb, "at-0.1");
const h1 = loop.call_later(0.1, cb, "later-0.1-a");
const h3 = loop.call_later(0.1, cb, "later-0.1-b");
const h4 = loop.call_soon(cb, "soon-1", 1, 2);
const h5 = loop.call_soon(cb, "soon-2");
const h6 = loop.call_later(0, cb, "later-0");
const h7 = loop.call_later(-1, cb, "later-neg");
const h8 = loop.call_later(0.05, cb, "later-0.05");
h3.cancel();
h5.cancel();
print("cancelled flags", P(h1.cancelled()), P(h3.cancelled()), P(h5.cancelled()));
h5.cancel();
print("after double cancel", P(h5.cancelled()));
loop.call_later(0.2, () => loop.stop());
await loop.run_forever();
print("h1 cancelled after run", P(h1.cancelled()));
h1.cancel();
print("h1 cancel after fired", P(h1.cancelled()));
loop.close();
