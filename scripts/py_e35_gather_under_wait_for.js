class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function child(n, d, fail = false) {
  try {
    await asyncio.sleep(d);
    if (fail) throw new ValueError(`child ${n}`);
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child", n, "cancelled");
    throw e;
  }
}
async function main() {
  let g = asyncio.gather(child(1, 0.1, true), child(2, 0.3));
  try { await asyncio.wait_for(g, 1); } catch (e) { if (!(e instanceof ValueError)) throw e; print("1", e.name, e.message); }
  await asyncio.sleep(0.5);
  g = asyncio.gather(child(3, 0.5, true), child(4, 1));
  try { await asyncio.wait_for(g, 0.2); } catch (e) { if (!(e instanceof asyncio.TimeoutError)) throw e; print("2", e.name, g.cancelled() ? "True" : "False"); }
  g = asyncio.gather(child(5, 0.1, true), child(6, 1), { return_exceptions: true });
  try { print(await asyncio.wait_for(g, 0.2)); } catch (e) { if (!(e instanceof asyncio.TimeoutError)) throw e; print("3", e.name, g.cancelled() ? "True" : "False"); }
}
await asyncio.run(main());
