const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function mirror(name, seconds) {
  try {
    await asyncio.sleep(seconds);
    print(el(), name, "responded");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), name, "aborted");
    throw e;
  }
}

async function fastest(mirrors) {
  const tasks = mirrors.map(([n, s]) => asyncio.create_task(mirror(n, s), { name: n }));
  const [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_COMPLETED });
  const winner = [...done][0].result();
  for (const t of [...pending].sort((a, b) => (a.get_name() < b.get_name() ? -1 : 1))) t.cancel();
  await asyncio.gather(...pending, { return_exceptions: true });
  return [winner, [...pending].map(t => t.get_name()).sort()];
}

async function main() {
  const [w, losers] = await fastest([["eu", 0.3], ["us", 0.1], ["asia", 0.5]]);
  print(el(), "winner", w, "losers", losers.join(","));
  const [done, pending] = await asyncio.wait([asyncio.create_task(mirror("x", 0.4)), asyncio.create_task(mirror("y", 0.6))], { timeout: 0.2 });
  print(el(), "after timeout: done", done.size, "pending", pending.size);
  for (const t of [...pending].sort((a, b) => (a.get_name() < b.get_name() ? -1 : 1))) t.cancel();
  await asyncio.sleep(0);
  print(el(), "all cancelled", [...pending].every(t => t.cancelled()) ? "True" : "False");
}

await asyncio.run(main());
