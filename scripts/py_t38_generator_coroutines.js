const sub = asyncio.coroutine(async function sub(n) {
  print("sub start", n);
  await asyncio.sleep(0.1);
  print("sub end", n);
  return n * 2;
});
const gen_main = asyncio.coroutine(function* gen_main() {
  print("gen start");
  const r = yield sub(1);
  print("got", r);
  const x = yield asyncio.sleep(0.1, "slept");
  print("got", x);
  const t = asyncio.create_task(sub(2));
  const r2 = yield t;
  print("got task", r2);
  return "gen done";
});
function* gen_sub() {
  print("gen_sub");
  yield asyncio.sleep(0);
  return "from gen_sub";
}
const gen_outer = asyncio.coroutine(function* gen_outer() {
  const v = yield* gen_sub();
  print("delegated ->", v);
  try {
    yield asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("gen_outer cancelled");
    throw e;
  }
});
async function main() {
  print(await gen_main());
  const t = asyncio.create_task(gen_outer());
  await asyncio.sleep(0.5);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("gen task cancelled", t.cancelled()); else throw e;
  }
  const r = await asyncio.gather(gen_sub(), gen_sub());
  print("['" + r.join("', '") + "']");
}
await asyncio.run(main());
