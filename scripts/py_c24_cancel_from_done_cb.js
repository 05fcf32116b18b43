const B = (x) => (x ? "True" : "False");
const L = (a) => "[" + a.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ") + "]";
async function w(name, d) {
  try {
    await asyncio.sleep(d);
    print(name, "finished");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled");
    throw e;
  }
}
async function main() {
  const t1 = asyncio.create_task(w("t1", 0.1));
  const t2 = asyncio.create_task(w("t2", 1));
  const t3 = asyncio.create_task(w("t3", 0.1));
  function on_t1(f) {
    print("cb: cancel t2 ->", B(t2.cancel()), "cancel t3 ->", B(t3.cancel()));
  }
  t1.add_done_callback(on_t1);
  const res = await asyncio.gather(t1, t2, t3, { return_exceptions: true });
  print(L(res.map((x) => (x instanceof Error ? x.constructor.name : x))));
}
await asyncio.run(main());
