const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const L = (a) => "[" + a.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ") + "]";
async function partner() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("partner cancelled", R(e.message), "by", asyncio.current_task().get_name());
    throw e;
  }
}
async function leader(p) {
  try {
    await asyncio.sleep(10);
  } finally {
    print("leader finally: cancel partner ->", B(p.cancel("leader gone")));
    try {
      await p;
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("leader saw partner end", B(p.cancelled())); else throw e;
    }
  }
}
async function main() {
  const p = asyncio.create_task(partner(), { name: "P" });
  const l = asyncio.create_task(leader(p), { name: "L" });
  await asyncio.sleep(0.1);
  l.cancel();
  const res = await asyncio.gather(l, p, { return_exceptions: true });
  print(L(res.map((x) => x.constructor.name)));
}
await asyncio.run(main());
