class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.set_exception(ValueError);
  const e = f.exception();
  print("type", e.name, "is instance", P(e instanceof ValueError), "args", e.message ? `('${e.message}',)` : "()");
  try {
    await f;
  } catch (e2) {
    if (e2 instanceof ValueError) print("await raises instance", P(e2 === e)); else throw e2;
  }
}
await asyncio.run(main());
