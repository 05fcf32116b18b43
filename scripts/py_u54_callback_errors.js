const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.04) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)

const stats = { ok: 0, failed: 0 };
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }

function record(task) {
  // buggy callback: crashes for failed tasks (calls result() on them)
  const value = task.result();
  stats.ok += 1;
  print(el(), "recorded", value);
}

function safe_record(task) {
  if (task.exception() !== null) {
    stats.failed += 1;
    print(el(), "safe_record saw failure:", task.exception().message);
  }
}

async function job(i) {
  await asyncio.sleep(0.06 * i);
  if (i === 2) throw new ValueError(`job ${i} failed`);
  return i;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const errors = [];
  const tasks = [];
  for (let i = 1; i < 4; i++) {
    const t = asyncio.create_task(job(i));
    t.add_done_callback(record);
    t.add_done_callback(safe_record);
    tasks.push(t);
  }
  loop.call_later(0.07, () => { throw new RangeError("division by zero"); });
  const res = await asyncio.gather(...tasks, { return_exceptions: true });
  await asyncio.sleep(0.02);
  print(el(), "results", "[" + res.map(r => typeof r === "number" ? r : `"${r.name}('${r.message}')"`).join(", ") + "]");
  print(el(), "stats", `{'ok': ${stats.ok}, 'failed': ${stats.failed}}`);
}

await asyncio.run(main());
