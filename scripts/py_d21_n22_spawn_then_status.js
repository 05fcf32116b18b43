const B = (v) => (v ? "True" : "False");
async function quick(i) {
  return i * 2;
}
async function slowish(i) {
  await asyncio.sleep(0);
  return i * 3;
}
async function main() {
  const a = asyncio.create_task(quick(1));
  const b = asyncio.create_task(slowish(2));
  print("before yield:", B(a.done()), B(b.done()));
  await asyncio.sleep(0);
  print("after 1 yield:", B(a.done()), B(b.done()));
  await asyncio.sleep(0);
  print("after 2 yields:", B(a.done()), B(b.done()));
  print(await a, await b);
}
asyncio.run(main());
