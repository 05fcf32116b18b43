const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const t0 = loop.time();
const handles = {};
function cb(name, victims = []) {
  print((loop.time() - t0).toFixed(2), "run", name);
  for (const v of victims) {
    const h = handles[v];
    h.cancel();
    print("   cancelled", v, P(h.cancelled()));
  }
}
handles.s1 = loop.call_soon(cb, "s1", ["s3"]);
handles.s2 = loop.call_soon(cb, "s2");
handles.s3 = loop.call_soon(cb, "s3");
handles.t1 = loop.call_at(t0 + 0.05, cb, "t1", ["t2", "t4"]);
handles.t2 = loop.call_at(t0 + 0.05, cb, "t2");
handles.t3 = loop.call_at(t0 + 0.05, cb, "t3", ["s1"]);
handles.t4 = loop.call_at(t0 + 0.08, cb, "t4");
handles.t5 = loop.call_at(t0 + 0.08, cb, "t5");
print("when t4-t0:", Math.round((handles.t4.when() - t0) * 100) / 100);
loop.call_at(t0 + 0.1, () => loop.stop());
await loop.run_forever();
print("final: {" + Object.keys(handles).sort().map((k) => `'${k}': ${P(handles[k].cancelled())}`).join(", ") + "}");
loop.close();
