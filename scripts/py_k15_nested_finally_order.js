const args = (e) => (e.message ? `('${e.message}',)` : "()");
async function level(n, depth) {
  try {
    if (depth === 0) {
      await asyncio.sleep(10);
    } else {
      const child = asyncio.create_task(level(`${n}.${depth}`, depth - 1), { name: `${n}.${depth}` });
      await child;
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("cancelled", n, args(e));
    throw e;
  } finally {
    print("finally", n);
  }
}
async function fan(n) {
  try { await asyncio.gather(level(n + "a", 1), level(n + "b", 0)); } finally { print("finally fan", n); }
}
async function with_cleanup_await(n) {
  try { await asyncio.sleep(10); } finally {
    print("cleanup start", n);
    await asyncio.sleep(0);
    print("cleanup mid", n);
    await asyncio.sleep(0);
    print("cleanup end", n);
  }
}
async function main() {
  let t = asyncio.create_task(level("root", 3));
  await asyncio.sleep(0.1);
  t.cancel("go");
  await asyncio.gather(t, { return_exceptions: true });
  print("---");
  t = asyncio.create_task(fan("F"));
  await asyncio.sleep(0.1);
  t.cancel();
  await asyncio.gather(t, { return_exceptions: true });
  print("---");
  const ts = [0, 1, 2].map((i) => asyncio.create_task(with_cleanup_await(i)));
  await asyncio.sleep(0.1);
  for (const x of [...ts].reverse()) x.cancel();
  await asyncio.gather(...ts, { return_exceptions: true });
  print("done");
}
await asyncio.run(main());
