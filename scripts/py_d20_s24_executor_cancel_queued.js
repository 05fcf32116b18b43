// max_workers=1: queued futures can be cancelled, the running one cannot; shutdown({wait: true})
const { ThreadPoolExecutor } = require("concurrent.futures");

function job(i) {
  time.sleep(0.05);
  print("ran", i);
  return i;
}

const ex = new ThreadPoolExecutor({ max_workers: 1 });
const fs = [0, 1, 2, 3].map((i) => ex.submit(job, i));
time.sleep(0.02);
print("cancel running:", fs[0].cancel(), "running:", fs[0].running());
print("cancel queued:", fs[2].cancel(), fs[2].cancelled());
try {
  fs[2].result();
} catch (e) {
  if (!(e instanceof asyncio.CancelledError)) throw e;
  print("result of cancelled raises CancelledError");
}
ex.shutdown({ wait: true });
print("states", "[" + fs.map((f) => (f.cancelled() ? "'C'" : f.result())).join(", ") + "]");
try {
  ex.submit(job, 9);
} catch (e) {
  if (e.name !== "RuntimeError") throw e;
  print("after shutdown:", e.message);
}
