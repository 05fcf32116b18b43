class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const job = asyncio.coroutine(async function job(v, d) {
  await asyncio.sleep(d);
  if (v < 0) throw new ValueError(`neg ${v}`);
  return v;
});
function cb(tag) {
  return (t) => {
    if (t.cancelled()) print("cb", tag, "cancelled");
    else if (t.exception() != null) print("cb", tag, "exception", `${t.exception().name}('${t.exception().message}')`);
    else print("cb", tag, "result", t.result());
  };
}
function bad_cb(t) {
  print("bad_cb runs then raises");
  throw new asyncio.RuntimeError("in callback");
}
const t1 = loop.create_task(job(1, 0.02));
const t2 = loop.create_task(job(-2, 0.01));
const t3 = loop.create_task(job(3, 0.5));
const a = cb("a"), b = cb("b");
for (const t of [t1, t2, t3]) {
  t.add_done_callback(a);
  t.add_done_callback(bad_cb);
  t.add_done_callback(b);
}
print("removed b from t1:", t1.remove_done_callback(b));
const waiter = asyncio.coroutine(async function waiter() {
  try {
    const r = await t1;
    print("waiter got", r);
  } catch (e) {
    print("waiter error", e.message);
  }
});
const w = loop.create_task(waiter());
t1.add_done_callback(cb("after-waiter"));
loop.call_later(0.03, () => t3.cancel());
const res = await loop.run_until_complete(asyncio.gather(t1, t2, t3, w, { return_exceptions: true }));
const tn = (r) => (r === undefined || r === null ? "NoneType" : r instanceof Error ? r.name : typeof r === "number" ? "int" : typeof r);
print("['" + res.map(tn).join("', '") + "']");
loop.close();
