const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const work = asyncio.coroutine(async function work(n) {
  print("work", n, "start");
  await asyncio.sleep(0.01 * n);
  print("work", n, "end");
  return n * n;
});
const loop = asyncio.get_event_loop();
print("same loop twice:", P(asyncio.get_event_loop() === loop));
const tasks = [3, 1, 2].map((i) => asyncio.ensure_future(work(i)));
const [done, pending] = await loop.run_until_complete(asyncio.wait(tasks));
print("done", done.size, "pending", pending.size, "[" + tasks.map((t) => t.result()).join(", ") + "]");
const main = asyncio.coroutine(async function main() {
  const inner = asyncio.get_running_loop();
  print("run loop differs from old:", P(inner !== loop), "old closed?", P(loop.is_closed()));
  print("get_event_loop inside run is running loop:", P(asyncio.get_event_loop() === inner));
  return await asyncio.gather(work(1), work(2));
});
print("[" + (await asyncio.run(main())).join(", ") + "]");
try {
  const l = asyncio.get_event_loop();
  print("got loop after run; closed?", P(l.is_closed()), "is old", P(l === loop));
} catch (e) {
  if (e instanceof asyncio.RuntimeError) print("RuntimeError", e.message); else throw e;
}
print("old loop closed?", P(loop.is_closed()));
loop.close();
