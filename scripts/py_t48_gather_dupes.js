const w = asyncio.coroutine(async function w(n) {
  print("w", n);
  await asyncio.sleep(0.1);
  return n;
});
async function main() {
  const t = asyncio.create_task(w(1));
  const r = await asyncio.gather(t, t, w(2), t);
  print("[" + r.join(", ") + "]");
  const f = asyncio.get_running_loop().create_future();
  asyncio.get_running_loop().call_later(0.1, (v) => f.set_result(v), "f");
  print("['" + (await asyncio.gather(f, f)).join("', '") + "']");
}
await asyncio.run(main());
