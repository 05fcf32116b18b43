// an exception raised in a thread (to_thread / run_in_executor) reaches the awaiting coroutine
function risky(n) {
  time.sleep(0.05);
  if (n < 0) {
    throw new RangeError(`negative: ${n}`);
  }
  return n;
}

async function main() {
  const loop = asyncio.get_running_loop();
  for (const n of [3, -1]) {
    try {
      print("ok", await asyncio.to_thread(risky, n));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      print("ValueError", e.message);
    }
  }
  const res = await asyncio.gather(asyncio.to_thread(risky, 2), loop.run_in_executor(null, risky, -5),
    asyncio.to_thread(risky, 7), { return_exceptions: true });
  print("[" + res.map((r) => (typeof r === "number" ? r : `'${r.message}'`)).join(", ") + "]");
  const t = asyncio.create_task(asyncio.to_thread(risky, -2));
  await asyncio.wait([t]);
  print("task exception", t.exception().message);
}

await asyncio.run(main());
