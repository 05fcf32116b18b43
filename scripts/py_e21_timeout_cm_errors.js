const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
class IndexError extends Error { constructor(m) { super(m); this.name = "IndexError"; } }
async function main() {
  let cm;
  try {
    cm = asyncio.timeout(1);
    await cm.with(async () => { await asyncio.sleep(0.1); throw new ValueError("inner"); });
  } catch (e) { if (!(e instanceof ValueError)) throw e; print("1", e.name, e.message, B(cm.expired())); }
  try {
    cm = asyncio.timeout(0.1);
    await cm.with(async () => {
      try { await asyncio.sleep(1); } catch (e) { if (e instanceof asyncio.CancelledError) throw new KeyError("converted"); throw e; }
    });
  } catch (e) { if (!(e instanceof KeyError)) throw e; print("2", e.name, e.message, B(cm.expired())); }
  try {
    cm = asyncio.timeout(1);
    await cm.with(async () => { await asyncio.sleep(0.1); throw new asyncio.TimeoutError("my own"); });
  } catch (e) { if (!(e instanceof asyncio.TimeoutError)) throw e; print("3", e.name, `'${e.message}'`, B(cm.expired()), e.cause === undefined ? "None" : e.cause); }
  try {
    cm = asyncio.timeout(0.1);
    await cm.with(async () => { await asyncio.sleep(1); });
  } catch (e) { if (!(e instanceof asyncio.TimeoutError)) throw e; print("4", e.name, `'${e.message}'`, B(cm.expired()), e.cause ? e.cause.name : "None"); }
  try {
    cm = asyncio.timeout(0.1);
    await cm.with(async () => {
      try { await asyncio.sleep(1); } finally { throw new IndexError("from finally"); }
    });
  } catch (e) { if (!(e instanceof IndexError)) throw e; print("5", e.name, e.message, B(cm.expired())); }
  const t = asyncio.create_task(asyncio.sleep(0));
  async function f() { throw new ValueError("done already"); }
  const t2 = asyncio.create_task(f());
  await asyncio.sleep(0.01);
  try { await asyncio.wait_for(t2, 0.5); } catch (e) { print("6", e.message); }
  try { await asyncio.wait_for(t2, 0); } catch (e) { print("7", e.message); }
}
await asyncio.run(main());
