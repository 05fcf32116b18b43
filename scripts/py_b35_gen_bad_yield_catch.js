const bad = asyncio.coroutine(function* bad(v) {
  try {
    yield v;
    print("not reached");
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("caught inside generator:", e.name); else throw e;
  }
  const r = yield asyncio.sleep(0.01, "slept");
  return r;
});
async function main() {
  for (const v of ["text", 3.5, null]) {
    const t = asyncio.create_task(bad(v));
    print(typeof v === "string" ? `'${v}'` : v === null ? "None" : v, "->", await t);
  }
  try {
    print("awaited directly ->", await bad(7));
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("direct:", e.name); else throw e;
  }
}
await asyncio.run(main());
