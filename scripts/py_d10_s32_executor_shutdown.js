// Executor lifecycle: submit after shutdown raises RuntimeError; cancel a queued future; shutdown(wait=False)
const { ThreadPoolExecutor } = require("concurrent.futures");

function job(n) {
  time.sleep(n);
  return n;
}

const ex = new ThreadPoolExecutor({ max_workers: 1 });
const f1 = ex.submit(job, 0.1);
const f2 = ex.submit(job, 0.1);
print("cancel queued:", f2.cancel(), f2.cancelled());
try {
  f2.result();
} catch (e) {
  if (!(e instanceof asyncio.CancelledError)) throw e;
  print("f2 result -> CancelledError");
}
print("f1", f1.result());
ex.shutdown({ wait: false });
try {
  ex.submit(job, 0);
} catch (e) {
  if (!(e instanceof asyncio.RuntimeError)) throw e;
  print("RuntimeError:", e.message);
}
let fs;
await new ThreadPoolExecutor({ max_workers: 2 }).with(async (ex2) => {
  fs = [0, 1, 2].map(() => ex2.submit(job, 0.05));
});
print("after with:", fs.every((f) => f.done()), fs.every((f) => f.result() === 0.05));
