const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function work(n) {
  await asyncio.sleep(n);
  return n;
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => { const v = Math.round((loop.time() - t0) * 100) / 100; return Number.isInteger(v) ? v.toFixed(1) : String(v); };
  for (const to of [0, -1]) {
    const ts = [asyncio.create_task(work(0.05)), asyncio.create_task(work(0.01))];
    const got = [];
    for (const f of asyncio.as_completed(ts, {timeout: to})) {
      try {
        got.push(await f);
      } catch (e) {
        if (e instanceof asyncio.TimeoutError) got.push(`'${e.name}'`); else throw e;
      }
    }
    print("timeout", to, "[" + got.join(", ") + "]", "[" + ts.map((t) => P(t.done())).join(", ") + "]", el());
    await asyncio.gather(...ts);
  }
  for (const to of ["1", null]) {
    try {
      const res = [];
      for (const f of asyncio.as_completed([work(0.01)], {timeout: to})) res.push(await f);
      print("timeout", to === null ? "None" : `'${to}'`, "->", "[" + res.join(", ") + "]");
    } catch (e) {
      print("timeout", to === null ? "None" : `'${to}'`, e.name);
    }
  }
  const d = asyncio.create_task(work(0));
  await d;
  for (const f of asyncio.as_completed([d], {timeout: 0})) {
    try {
      print("done task with timeout 0 ->", await f);
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) print("done task with timeout 0 -> TimeoutError"); else throw e;
    }
  }
}
await asyncio.run(main());
