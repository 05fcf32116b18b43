const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function co(v, d) {
  await asyncio.sleep(d);
  return v;
}
async function main() {
  print(await asyncio.wait_for(co("positional", 0.1), 1));
  print(await asyncio.wait_for(co("keyword", 0.1), { timeout: 1 }));
  print(await asyncio.wait_for(co("none", 0.1), { timeout: null }));
  try {
    await asyncio.wait_for(co("late", 1), { timeout: 0.5 });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("TimeoutError", `'${e.message}'`); else throw e;
  }
  try {
    await asyncio.timeout(0.5).with(async () => { await co("late", 1); });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("TimeoutError cm", `'${e.message}'`); else throw e;
  }
  try {
    for (const f of asyncio.as_completed([co("late", 1)], { timeout: 0.5 })) await f;
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("TimeoutError as_completed", `'${e.message}'`); else throw e;
  }
}
await asyncio.run(main());
