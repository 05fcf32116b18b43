async function w(n, d) {
  try {
    await asyncio.sleep(d);
    print("w done", n);
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("w cancelled", n);
    throw e;
  }
}
async function main() {
  const g = asyncio.gather(w(1, 0.1), w(2, 1), w(3, 2));
  await asyncio.sleep(0.5);
  print("cancel gather", g.cancel());
  try {
    await g;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("gather raised CancelledError"); else throw e;
  }
  print("g.cancelled", g.cancelled());
}
await asyncio.run(main());
