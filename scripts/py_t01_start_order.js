const w = asyncio.coroutine(async function w(name, d) {
  print("start", name);
  await asyncio.sleep(d);
  print("end", name);
  return name;
});
const main = asyncio.coroutine(async function main() {
  const a = asyncio.create_task(w("a", 0.3));
  const b = asyncio.create_task(w("b", 0.1));
  const c = asyncio.create_task(w("c", 0.2));
  print("created");
  await asyncio.sleep(0);
  print("after sleep0");
  print(await a, await b, await c);
});
await asyncio.run(main());
