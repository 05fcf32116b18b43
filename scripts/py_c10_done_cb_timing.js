const w = asyncio.coroutine(async function w(n) {
  await asyncio.sleep(0);
  print("w", n, "finishing");
  return n;
});
const other = asyncio.coroutine(async function other() {
  print("other step 1");
  await asyncio.sleep(0);
  print("other step 2");
  await asyncio.sleep(0);
  print("other step 3");
});
async function main() {
  const t = asyncio.create_task(w(1));
  t.add_done_callback((f) => print("cb1 result", f.result()));
  const o = asyncio.create_task(other());
  t.add_done_callback((f) => print("cb2"));
  const r = await t;
  print("main got", r);
  t.add_done_callback((f) => print("cb3 late"));
  print("after adding cb3");
  await o;
  print("end");
}
await asyncio.run(main());
