async function job(name, d) {
  await asyncio.sleep(d);
  if (name === "bad") throw new asyncio.ValueError("bad job");
  return name;
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  let pending = new Set([["x", 0.3], ["bad", 0.1], ["y", 0.2], ["z", 0.45]].map(([n, d]) => asyncio.create_task(job(n, d), {name: n})));
  while (pending.size) {
    let done;
    [done, pending] = await asyncio.wait(pending, {return_when: asyncio.FIRST_COMPLETED});
    for (const t of [...done].sort((a, b) => (a.get_name() < b.get_name() ? -1 : 1))) {
      if (t.exception()) print(`[${(loop.time() - t0).toFixed(1)}] ${t.get_name()} failed: ValueError('${t.exception().message}')`);
      else print(`[${(loop.time() - t0).toFixed(1)}] ${t.get_name()} -> ${t.result()}`);
    }
    print("still pending", pending.size);
  }
}
asyncio.run(main());
