class Boom extends Error { constructor(m) { super(m); this.name = "Boom"; } }
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function ok() {
  await asyncio.sleep(0.01);
  return 42;
}
async function bad() {
  await asyncio.sleep(0.01);
  throw new Boom("bad");
}
async function main() {
  const t = asyncio.create_task(ok());
  for (const [label, fn] of [["result", () => t.result()], ["exception", () => t.exception()]]) {
    try {
      fn();
    } catch (e) {
      print("pending", label, e.name, `'${e.message}'`);
    }
  }
  print("await 1", await t, "await 2", await t);
  print("cancel finished:", P(t.cancel()), P(t.cancelled()), t.result());
  const b = asyncio.create_task(bad());
  const errs = [];
  for (let i = 0; i < 2; i++) {
    try {
      await b;
    } catch (e) {
      if (!(e instanceof Boom)) throw e;
      errs.push(e);
      print("await failed task", i, e.name, e.message);
    }
  }
  print("same exception object", P(errs[0] === errs[1]), P(b.exception() === errs[0]));
  try {
    b.result();
  } catch (e) {
    if (e instanceof Boom) print("result() re-raises", P(e === errs[0])); else throw e;
  }
  print("cancel failed:", P(b.cancel()), P(b.cancelled()));
  const c = asyncio.create_task(ok());
  await asyncio.sleep(0);
  print("cancel pending 1:", P(c.cancel()), "2:", P(c.cancel()), "cancelling", c.cancelling());
  try {
    await c;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("c cancelled", P(c.cancelled())); else throw e;
  }
  print("cancel cancelled:", P(c.cancel()), c.cancelling());
  for (const [label, fn] of [["result", () => c.result()], ["exception", () => c.exception()]]) {
    try {
      fn();
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("cancelled", label, e.name); else throw e;
    }
  }
}
await asyncio.run(main());
