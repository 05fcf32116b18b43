// Seed 003 (AsyncIO基础, 多线程): ThreadPoolExecutor with submit/done/result, map (results in submission
// order) and as_completed (futures in completion order). `a` runs on worker interpreters, where
// time.sleep blocks only that worker; time.sleep on the loop blocks the loop, as in Python.
const { ThreadPoolExecutor, as_completed } = require("concurrent.futures");

function a(n) {
  time.sleep(n);
  print(`sleep_${n}`);
  return n;
}

const executor = new ThreadPoolExecutor({ max_workers: 10 });
const z = executor.submit(a, 1);
print(z.done());
time.sleep(2);
print(z.done());
print(z.result());
for (const data of executor.map(a, [3, 2, 4])) {
  print(data);
}
const sp = [3, 2, 4];
const jobs = sp.map((s) => executor.submit(a, s));
for (const future of as_completed(jobs)) {
  const data = future.result();
  print(data);
}
executor.shutdown();
