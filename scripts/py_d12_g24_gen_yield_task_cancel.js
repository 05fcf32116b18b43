const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const inner = asyncio.coroutine(async function inner(name, d) {
  try {
    await asyncio.sleep(d);
    print(name, "inner finished");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "inner cancelled");
    throw e;
  }
});
const outer = asyncio.coroutine(function* outer() {
  const t = asyncio.ensure_future(inner("A", 1));
  try {
    const r = yield t;
    print("outer got", r);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer cancelled; inner task cancelled?", P(t.cancelled()));
    throw e;
  }
});
const outer_shielded = asyncio.coroutine(function* outer_shielded() {
  const t = asyncio.ensure_future(inner("B", 0.05));
  try {
    yield asyncio.shield(t);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("outer_shielded cancelled; inner still running?", P(!t.done()));
  }
  const r = yield t;
  print("outer_shielded finally got", r);
  return r;
});
const o1 = loop.create_task(outer());
const o2 = loop.create_task(outer_shielded());
await loop.run_until_complete(asyncio.sleep(0.01));
o1.cancel();
o2.cancel();
const res = await loop.run_until_complete(asyncio.gather(o1, o2, { return_exceptions: true }));
print("[" + res.map((r) => (r instanceof Error ? `'${r.name}'` : `'${r}'`)).join(", ") + "]");
loop.close();
