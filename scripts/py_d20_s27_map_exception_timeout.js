// executor.map: an exception surfaces when its item is reached; map(..., {timeout}) raises TimeoutError
const { ThreadPoolExecutor } = require("concurrent.futures");

function job(x) {
  time.sleep(0.05 * x);
  if (x === 2) {
    throw new RangeError(`bad ${x}`);
  }
  return x * 10;
}

await new ThreadPoolExecutor({ max_workers: 4 }).with(async (ex) => {
  const got = [];
  try {
    for (const r of ex.map(job, [1, 3, 2, 0])) {
      got.push(r);
    }
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    print("map raised", e.message, "after", "[" + got.join(", ") + "]");
  }
  try {
    for (const r of ex.map(job, [6, 1], { timeout: 0.1 })) {
      print("got", r);
    }
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("map timed out");
  }
});
print("end");
