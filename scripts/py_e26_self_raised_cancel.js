const B = (x) => (x ? "True" : "False");
async function quitter() { await asyncio.sleep(0.1); throw new asyncio.CancelledError("I quit"); }
async function main() {
  const t = asyncio.create_task(quitter());
  try { await t; } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("await", e.name, `'${e.message}'`, B(t.cancelled())); }
  try { t.result(); } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("result", `'${e.message}'`); }
  const r = await asyncio.gather(quitter(), asyncio.sleep(0.2, "fine"), { return_exceptions: true });
  print("[" + r.map((x) => `'${x instanceof Error ? x.name : "str"}'`).join(", ") + "]");
  let a, b;
  await new asyncio.TaskGroup().with(async (tg) => {
    a = tg.create_task(quitter());
    b = tg.create_task(asyncio.sleep(0.2, "b ok"));
  });
  print("tg", B(a.cancelled()), b.result());
  const [done, pending] = await asyncio.wait([asyncio.create_task(quitter()), asyncio.create_task(asyncio.sleep(0.3))], { return_when: asyncio.FIRST_EXCEPTION });
  print(done.size, pending.size);
}
await asyncio.run(main());
