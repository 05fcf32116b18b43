const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function sleeper(name, d) {
  try {
    await asyncio.sleep(d);
    print(name, "done");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled", R(e.message));
    throw e;
  }
}
async function failer(name, d) {
  await asyncio.sleep(d);
  print(name, "raising");
  throw new ValueError(name);
}
function show(eg, depth = 0) {
  print("  ".repeat(depth) + "ExceptionGroup", R(eg.message), eg.errors.length);
  for (const e of eg.errors) {
    if (e instanceof AggregateError) show(e, depth + 1);
    else print("  ".repeat(depth + 1) + e.name, e.message);
  }
}
async function inner_group(tag, fail_at) {
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(sleeper(tag + "-s1", 0.5));
      if (fail_at !== null) tg.create_task(failer(tag + "-f", fail_at));
      tg.create_task(sleeper(tag + "-s2", 0.05));
    });
    print(tag, "group exited normally");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(tag, "inner group got CancelledError, cancelling", asyncio.current_task().cancelling());
    throw e;
  }
}
async function main() {
  try {
    await new asyncio.TaskGroup().with(async (outer) => {
      outer.create_task(inner_group("A", 0.1));
      outer.create_task(sleeper("outer-s", 1));
      await asyncio.sleep(0.3);
      print("outer body not reached");
    });
  } catch (e) {
    if (e instanceof AggregateError) show(e);
    else if (e instanceof asyncio.CancelledError) print("outer body wrongly cancelled");
    else throw e;
  }
  print("---");
  try {
    await new asyncio.TaskGroup().with(async (outer) => {
      outer.create_task(inner_group("B", null));
      outer.create_task(inner_group("C", null));
      outer.create_task(failer("outer-f", 0.1));
    });
  } catch (e) {
    if (e instanceof AggregateError) show(e); else throw e;
  }
  print("---");
  async function runner() {
    await new asyncio.TaskGroup().with(async (outer) => {
      outer.create_task(inner_group("D", null));
      await asyncio.sleep(1);
    });
  }
  const t = asyncio.create_task(runner());
  await asyncio.sleep(0.1);
  t.cancel("ext");
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("runner cancelled", B(t.cancelled()), R(e.message));
  }
}
await asyncio.run(main());
