// Seed 000 "多进程": run_in_executor with a ProcessPoolExecutor for CPU-bound work, alongside a thread pool
const { ProcessPoolExecutor, ThreadPoolExecutor } = require("concurrent.futures");

function cpu(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i * i;
  if (typeof n !== "number") throw new TypeError("'str' object cannot be interpreted as an integer");
  return s;
}

function io(n) {
  time.sleep(0.1);
  return `io${n}`;
}

async function main() {
  const loop = asyncio.get_running_loop();
  await new ProcessPoolExecutor({ max_workers: 2 }).with(async (pp) => {
    await new ThreadPoolExecutor().with(async (tp) => {
      let futs = [10, 100, 1000].map((n) => loop.run_in_executor(pp, cpu, n));
      futs = futs.concat([1, 2].map((n) => loop.run_in_executor(tp, io, n)));
      print(...(await asyncio.gather(...futs)));
      try {
        await loop.run_in_executor(pp, cpu, "x");
      } catch (e) {
        if (!(e instanceof TypeError)) throw e;
        print("TypeError from process");
      }
    });
  });
}

await asyncio.run(main());
