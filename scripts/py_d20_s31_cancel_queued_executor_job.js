// max_workers=1: cancelling the asyncio future of a queued run_in_executor job stops it from running;
// cancelling a wrap_future of a queued submit cancels the concurrent future too
const { ThreadPoolExecutor } = require("concurrent.futures");

function job(i) {
  time.sleep(0.1);
  print("job ran", i);
  return i;
}

async function main() {
  const loop = asyncio.get_running_loop();
  await new ThreadPoolExecutor({ max_workers: 1 }).with(async (pool) => {
    const f0 = loop.run_in_executor(pool, job, 0);
    const f1 = loop.run_in_executor(pool, job, 1);
    const cf2 = pool.submit(job, 2);
    const f2 = asyncio.wrap_future(cf2);
    const f3 = loop.run_in_executor(pool, job, 3);
    await asyncio.sleep(0.02);
    print("cancel f1", f1.cancel());
    print("cancel f2", f2.cancel());
    await asyncio.sleep(0);
    print("cf2 cancelled", cf2.cancelled());
    const res = await asyncio.gather(f0, f1, f2, f3, { return_exceptions: true });
    print("[" + res.map((r) => (typeof r === "number" ? r : `'${r.name}'`)).join(", ") + "]");
  });
}

await asyncio.run(main());
