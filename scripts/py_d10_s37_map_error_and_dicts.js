// executor.map re-raises a job's error when the iteration reaches it; dicts travel to and from threads
const { ThreadPoolExecutor } = require("concurrent.futures");

function handle(req) {
  time.sleep(req.delay);
  if (req.id === 2) {
    const e = new Error(`bad request ${req.id}`);
    e.name = "ValueError";
    throw e;
  }
  return { id: req.id, status: 200, tags: [...req.tags].sort() };
}

const reqs = [0, 1, 2, 3].map((i) => ({ id: i, delay: 0.05 * (3 - i), tags: ["b", "a", String(i)] }));
await new ThreadPoolExecutor({ max_workers: 4 }).with(async (ex) => {
  const it = ex.map(handle, reqs);
  try {
    for (const r of it) {
      print(r.id, r.status, ...r.tags);
    }
  } catch (e) {
    if (e.name !== "ValueError") throw e;
    print("map stopped:", e.message);
  }
  const futs = reqs.map((r) => ex.submit(handle, r));
  print(...futs.map((f) => (f.exception() === null ? f.result().id : "err")));
});
