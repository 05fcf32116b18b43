const B = (x) => (x ? "True" : "False");
const L = (a) => "[" + a.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ") + "]";
async function child() {
  await asyncio.sleep(0);
  return asyncio.current_task().get_name();
}
async function helper() {
  await asyncio.sleep(0);
  return asyncio.current_task().get_name();
}
// main wrapped so its start is lazy, as in Python (README: eager start)
const main = asyncio.coroutine(async function main() {
  const me = asyncio.current_task();
  print("main is", me.get_name());
  const t = asyncio.create_task(child(), { name: "kid" });
  t.add_done_callback((f) => print("done cb: current is None:", B(asyncio.current_task() === null || asyncio.current_task() === undefined)));
  print("awaited kid ->", await t);
  print("gather ->", L(await asyncio.gather(child(), child())));
  print("plain await ->", await helper(), B((await helper()) === me.get_name()));
  try {
    await asyncio.wait_for(child(), 1);
    print("wait_for child ran in", await asyncio.wait_for(child(), 1));
  } catch (e) {
    print("error", e.message);
  }
  print("shield ->", await asyncio.shield(child()));
});
await asyncio.run(main());
