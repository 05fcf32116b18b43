// Seed 000 ("多线程是为了兼容同步得代码。多进程是为了利用CPU多核的能力。... 可以看到总耗时1秒"): blocking
// functions handed to a thread pool, a process pool and the default executor with run_in_executor all
// run at once, so the whole takes about one second, not eight.
const { ThreadPoolExecutor, ProcessPoolExecutor } = require("concurrent.futures");

function blocking(n) {
  time.sleep(1);
  return n * 10;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const start = time.time();
  await new ThreadPoolExecutor().with(async (tp) => {
    await new ProcessPoolExecutor({ max_workers: 3 }).with(async (pp) => {
      const threads = [0, 1, 2].map((i) => loop.run_in_executor(tp, blocking, i));
      const processes = [0, 1, 2].map((i) => loop.run_in_executor(pp, blocking, i));
      const defaults = [0, 1].map((i) => loop.run_in_executor(null, blocking, i));
      print(await asyncio.gather(...threads, ...processes, ...defaults));
    });
  });
  print(`all finished in about ${Math.round(time.time() - start)} s`);
}

await asyncio.run(main());
