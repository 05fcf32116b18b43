const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
const chatter = asyncio.coroutine(async function chatter() {
  for (let i = 0; i < 6; i++) {
    print("chatter", i);
    await asyncio.sleep(0);
  }
});
async function main() {
  const t = asyncio.create_task(asyncio.sleep(0, "x"));
  await asyncio.sleep(0.1);
  const c = asyncio.create_task(chatter());
  print("before wait");
  const [done, pending] = await asyncio.wait([t]);
  print("after wait", done.size, pending.size);
  let r = await asyncio.wait_for(t, 1);
  print("after wait_for", r);
  r = await asyncio.wait_for(t, 0);
  print("after wait_for 0", r);
  r = await asyncio.gather(t);
  P("after gather", r);
  r = await asyncio.shield(t);
  print("after shield", r);
  for (const f of asyncio.as_completed([t])) print("after as_completed", await f);
  await c;
}
await asyncio.run(main());
