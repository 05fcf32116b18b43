// concurrent.futures.as_completed: completion order, with-block, exception in a job
const { ThreadPoolExecutor, as_completed } = require("concurrent.futures");

function job(name, d) {
  time.sleep(d);
  if (name === "bad") {
    throw new Error("bad job");
  }
  return name;
}

await new ThreadPoolExecutor({ max_workers: 4 }).with(async (ex) => {
  const futs = new Map();
  for (const [n, d] of [["slow", 0.3], ["fast", 0.05], ["bad", 0.15], ["mid", 0.2]]) {
    futs.set(ex.submit(job, n, d), n);
  }
  for (const f of as_completed([...futs.keys()])) {
    const name = futs.get(f);
    try {
      print("completed", name, f.result());
    } catch (e) {
      print("failed", name, e.message);
    }
  }
});
