const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function leaf() {
  try {
    await asyncio.sleep(5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("leaf sees", R(e.message), "args", e.message === "" ? "()" : `('${e.message}',)`);
    throw e;
  }
}
async function middle() {
  try {
    await leaf();
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("middle (same task) sees", R(e.message));
    throw e;
  }
}
async function outer_layer(inner_task) {
  try {
    await inner_task;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer_layer sees", R(e.message));
    throw e;
  }
}
async function top(t) {
  try {
    await asyncio.gather(t);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("top (via gather) sees", R(e.message));
    throw e;
  }
}
async function main() {
  let t1 = asyncio.create_task(middle(), { name: "mid" });
  let t2 = asyncio.create_task(outer_layer(t1), { name: "outer" });
  let t3 = asyncio.create_task(top(t2), { name: "top" });
  await asyncio.sleep(0.1);
  t1.cancel("from the bottom");
  for (const t of [t1, t2, t3]) {
    try {
      await t;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print(t.get_name(), "raised", R(e.message), "cancelled", B(t.cancelled()));
    }
  }
  print("---");
  t1 = asyncio.create_task(middle(), { name: "mid" });
  t2 = asyncio.create_task(outer_layer(t1), { name: "outer" });
  t3 = asyncio.create_task(top(t2), { name: "top" });
  await asyncio.sleep(0.1);
  t3.cancel("from the top");
  for (const t of [t3, t2, t1]) {
    try {
      await t;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print(t.get_name(), "raised", R(e.message), "cancelled", B(t.cancelled()), "cancelling", t.cancelling());
    }
  }
}
await asyncio.run(main());
