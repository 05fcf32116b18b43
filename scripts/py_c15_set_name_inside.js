const B = (x) => (x ? "True" : "False");
const w = asyncio.coroutine(async function w() {
  const me = asyncio.current_task();
  print("start name", me.get_name());
  me.set_name("renamed-inside");
  await asyncio.sleep(0);
  print("after sleep", asyncio.current_task().get_name());
  await asyncio.sleep(0);
  print("after outside rename", asyncio.current_task().get_name());
});
// main wrapped so its start is lazy, as in Python (README: eager start)
const main = asyncio.coroutine(async function main() {
  const t = asyncio.create_task(w());
  print("outside sees", t.get_name());
  await asyncio.sleep(0);
  print("outside sees", t.get_name());
  t.set_name(3.5);
  print("is str after set_name", B(typeof t.get_name() === "string"), t.get_name());
  await t;
  const u = asyncio.create_task(asyncio.sleep(0), { name: null });
  print("name None ->", u.get_name());
  await u;
});
await asyncio.run(main());
