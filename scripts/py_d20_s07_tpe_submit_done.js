// ThreadPoolExecutor submit / done / result / running, blocking, no asyncio
const { ThreadPoolExecutor } = require("concurrent.futures");

function a(n) {
  time.sleep(n);
  print(`sleep_${n}`);
  return Math.round(n * 100);
}

const executor = new ThreadPoolExecutor({ max_workers: 4 });
const z = executor.submit(a, 0.1);
print("done right away", z.done());
time.sleep(0.2);
print("done after 0.2", z.done(), z.running());
print("result", z.result());
const futs = [0.15, 0.05].map((d) => executor.submit(a, d));
print("results", futs.map((f) => Math.round(f.result())).join(", "));
print("exception is None", futs[0].exception() == null);
executor.shutdown();
print("shutdown", futs.every((f) => f.done()));
