const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const t0 = loop.time();
const T = () => (loop.time() - t0).toFixed(2);
const ticker = asyncio.coroutine(async function ticker(name, n, d) {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(d);
    print(T(), name, "tick", i, "running", P(loop.is_running()));
  }
  return name;
});
const stopper = asyncio.coroutine(async function stopper(d) {
  await asyncio.sleep(d);
  print(T(), "stopper stops the loop");
  loop.stop();
});
const t1 = loop.create_task(ticker("a", 5, 0.03));
const t2 = loop.create_task(ticker("b", 2, 0.05));
loop.create_task(stopper(0.1));
await loop.run_forever();
print(T(), "after run_forever: a done", P(t1.done()), "b done", P(t2.done()), "running", P(loop.is_running()));
print(T(), "resume until a:", await loop.run_until_complete(t1));
print(T(), "b result", t2.result());
// the script body is itself a task (README: it appears in all_tasks() as main); leave it out
const pending = new Set([...asyncio.all_tasks(loop)].filter((t) => t !== asyncio.current_task()));
print("pending after", pending.size);
loop.close();
