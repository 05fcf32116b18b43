const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";
const pybool = (b) => b ? "True" : "False";

const registry = new Set();
const log = [];

class KeyError extends Error {
  constructor(m) { super(m); this.name = "KeyError"; }
}

function report(task) {
  registry.delete(task);
  const name = task.get_name();
  let state;
  if (task.cancelled()) state = "cancelled";
  else if (task.exception() !== null) state = `failed: ${task.exception().name}('${task.exception().message}')`;
  else state = `result=${task.result()}`;
  log.push(name);
  print(el(), "callback", name, state, "| running:", registry.size);
}

function spawn(coro, name) {
  const t = asyncio.create_task(coro, { name });
  registry.add(t);
  t.add_done_callback(report);
  return t;
}

async function job(seconds, outcome) {
  await asyncio.sleep(seconds);
  if (outcome === "fail") throw new KeyError("missing-key");
  return outcome;
}

async function main() {
  spawn(job(0.1, "ok"), "quick");
  const slow = spawn(job(0.3, "late"), "slow");
  spawn(job(0.2, "fail"), "broken");
  const doomed = spawn(job(1.0, "never"), "doomed");
  const extra = (t) => print(el(), "second callback on", t.get_name());
  slow.add_done_callback(extra);
  await asyncio.sleep(0.15);
  doomed.cancel();
  print(el(), "cancel requested; doomed.done() =", pybool(doomed.done()));
  await asyncio.sleep(0);
  print(el(), "after one yield; doomed.done() =", pybool(doomed.done()));
  const r = await slow;
  print(el(), "awaited slow ->", r);
  await asyncio.sleep(0);
  print(el(), "order:", pylist(log), "left:", registry.size);
}

await asyncio.run(main());
