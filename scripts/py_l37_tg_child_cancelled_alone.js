const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function child(n, d) {
  try {
    await asyncio.sleep(d);
    print("child", n, "done");
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child", n, "cancelled");
    throw e;
  }
}
const lazychild = asyncio.coroutine(child);
async function main() {
  let a, b, c;
  await new asyncio.TaskGroup().with(async (tg) => {
    a = tg.create_task(child("a", 0.2));
    b = tg.create_task(child("b", 0.3));
    await asyncio.sleep(0.1);
    print("body cancels b:", P(b.cancel()));
  });
  print("group ok; a", a.result(), "b cancelled", P(b.cancelled()));
  await new asyncio.TaskGroup().with(async (tg) => {
    c = tg.create_task(lazychild("c", 0.1));
    c.cancel();
    print("cancelled c before it ran");
  });
  print("second group ok", P(c.cancelled()));
}
await asyncio.run(main());
