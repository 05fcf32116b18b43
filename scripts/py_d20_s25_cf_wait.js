// concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION and timeout
const { ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED } = require("concurrent.futures");

function job(name, d, fail = false) {
  time.sleep(d);
  if (fail) {
    const e = new Error(name);
    e.name = "KeyError";
    throw e;
  }
  return name;
}

await new ThreadPoolExecutor({ max_workers: 4 }).with(async (ex) => {
  const fs = [ex.submit(job, "slow", 0.3), ex.submit(job, "fast", 0.05)];
  let [done, not_done] = wait(fs, { return_when: FIRST_COMPLETED });
  print("first completed:", "[" + [...done].map((f) => `'${f.result()}'`).join(", ") + "]", not_done.size);
  const fs2 = [ex.submit(job, "x", 0.2), ex.submit(job, "boom", 0.05, true)];
  [done, not_done] = wait(fs2, { return_when: FIRST_EXCEPTION });
  print("first exception:", done.size, not_done.size, "[" + [...done].map((f) => `'${f.exception().name}'`).join(", ") + "]");
  [done, not_done] = wait([...fs, ...fs2], { timeout: 0.01 });
  print("timeout:", done.size, not_done.size);
  [done, not_done] = wait([...fs, ...fs2], { return_when: ALL_COMPLETED });
  print("all:", done.size, not_done.size);
});
