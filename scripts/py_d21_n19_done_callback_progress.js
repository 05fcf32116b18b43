class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function task_fn(i) {
  await asyncio.sleep([0.2, 0.05, 0.15, 0.1][i]);
  if (i === 2) throw new KeyError(String(i));
  return i * i;
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const state = {done: 0};
  const on_done = (t) => {
    state.done += 1;
    const status = t.exception() ? "error" : `ok ${t.result()}`;
    print(`progress ${state.done}/4: ${t.get_name()} ${status} at ${Math.round((loop.time() - t0) * 100) / 100}`);
  };
  const tasks = [];
  for (let i = 0; i < 4; i++) {
    const t = asyncio.create_task(task_fn(i), {name: `job${i}`});
    t.add_done_callback(on_done);
    tasks.push(t);
  }
  const res = await asyncio.gather(...tasks, {return_exceptions: true});
  print("gathered", "[" + res.map((r) => (typeof r === "number" ? r : `'${r.name}'`)).join(", ") + "]");
}
asyncio.run(main());
