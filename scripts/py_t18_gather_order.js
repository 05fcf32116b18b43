const w = asyncio.coroutine(async function w(n, d) {
  print("start", n);
  await asyncio.sleep(d);
  print("end", n);
  return n * 10;
});
async function main() {
  let r = await asyncio.gather(w(1, 0.3), w(2, 0.1), w(3, 0.2), asyncio.sleep(0.05, "s"));
  print(r.map(String).join(" "));
  r = await asyncio.gather();
  print("empty", r.length);
}
await asyncio.run(main());
