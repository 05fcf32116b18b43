// concurrent.futures.wait with FIRST_COMPLETED / ALL_COMPLETED and a timeout, outside asyncio
const { ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION } = require("concurrent.futures");

function job(n, fail = false) {
  time.sleep(n);
  if (fail) {
    const e = new Error(`job ${n} failed`);
    e.name = "OSError";
    throw e;
  }
  return n;
}

let fs2;
await new ThreadPoolExecutor({ max_workers: 4 }).with(async (ex) => {
  const fs = [ex.submit(job, 0.2), ex.submit(job, 0.05), ex.submit(job, 0.3)];
  let [done, not_done] = wait(fs, { return_when: FIRST_COMPLETED });
  print("first:", `[${[...done].map((f) => f.result()).join(", ")}]`, not_done.size);
  [done, not_done] = wait(fs, { timeout: 0.01 });
  print("after short timeout:", done.size, not_done.size);
  [done, not_done] = wait(fs, { return_when: ALL_COMPLETED });
  print("all:", `[${[...done].map((f) => f.result()).sort().join(", ")}]`, not_done.size);
  fs2 = [ex.submit(job, 0.05, true), ex.submit(job, 0.3)];
  [done, not_done] = wait(fs2, { return_when: FIRST_EXCEPTION });
  print("first exception:", done.size, not_done.size, fs2[0].exception().name, fs2[0].exception().message);
});
print("states", fs2[1].done() ? "True" : "False", fs2[1].result());
