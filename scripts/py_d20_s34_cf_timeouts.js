// concurrent.futures timeouts: result(timeout), exception(timeout), as_completed({timeout}) messages
const { ThreadPoolExecutor, as_completed } = require("concurrent.futures");

function job(d) {
  time.sleep(d);
  return d;
}

await new ThreadPoolExecutor({ max_workers: 3 }).with(async (ex) => {
  const f = ex.submit(job, 0.2);
  try {
    f.result(0.02);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("result timeout:", e.name, `'${e.message}'`);
  }
  try {
    f.exception({ timeout: 0.02 });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("exception timeout:", e.name, `'${e.message}'`);
  }
  const fs = [ex.submit(job, 0.05), ex.submit(job, 0.3)];
  try {
    for (const g of as_completed(fs, { timeout: 0.15 })) {
      print("completed", g.result());
    }
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("as_completed timeout:", e.message);
  }
  print("final", f.result());
});
