class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function bad(n, d) { await asyncio.sleep(d); throw new ValueError(`bad${n}`); }
async function main() {
  try {
    await asyncio.gather(bad(1, 0.1), bad(2, 0.2), bad(3, 0.3));
  } catch (e) {
    if (e instanceof ValueError) print("gather raised", e.message); else throw e;
  }
  await asyncio.sleep(1);
  const t = asyncio.create_task(bad(4, 0.1));
  await asyncio.wait([t]);
  print("wait does not retrieve; done", t.done());
  t.exception();
  print("end");
}
await asyncio.run(main());
