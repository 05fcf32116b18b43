const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const thrower = asyncio.coroutine(async function (name) {
  print("thrower", name, "runs");
  throw new ValueError(`sync ${name}`);
});
const sleeper = asyncio.coroutine(async function (name) {
  print("sleeper", name, "runs");
  await asyncio.sleep(0.1);
  print("sleeper", name, "done");
  return name;
});
async function main() {
  const t = asyncio.create_task(thrower("t"));
  print("task created", B(t.done()));
  await asyncio.sleep(0);
  print("after yield", B(t.done()), t.exception().name);
  try { await asyncio.gather(sleeper("a"), thrower("b"), sleeper("c")); } catch (e) { print("gather", e.message); }
  await asyncio.sleep(0.2);
  for (const f of asyncio.as_completed([thrower("x"), sleeper("y")])) {
    try { print("ac", await f); } catch (e) { print("ac err", e.message); }
  }
  try { await asyncio.wait_for(thrower("w"), 1); } catch (e) { print("wait_for", e.message); }
}
await asyncio.run(main());
