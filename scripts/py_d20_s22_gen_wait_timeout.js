// generator-based coroutines (asyncio.coroutine, @asyncio.coroutine) with asyncio.wait(timeout)
const step = asyncio.coroutine(function* (name, n, d) {
  for (let i = 0; i < n; i++) {
    yield asyncio.sleep(d);
    print(name, "step", i);
  }
  return name + " finished";
});

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const tasks = [asyncio.ensure_future(step("a", 2, 0.1)), asyncio.ensure_future(step("b", 5, 0.1))];
  const [done, pending] = await asyncio.wait(tasks, { timeout: 0.25 });
  print("after wait", done.size, pending.size, Math.round((loop.time() - t0) * 100) / 100);
  for (const t of done) {
    print("done:", t.result());
  }
  for (const t of pending) {
    t.cancel();
  }
  const res = await asyncio.gather(...pending, { return_exceptions: true });
  print("pending ended with", "[" + res.map((r) => `'${r.constructor.name}'`).join(", ") + "]");
}

await asyncio.run(main());
