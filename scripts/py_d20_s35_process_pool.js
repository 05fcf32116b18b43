// ProcessPoolExecutor: map with two iterables, submit, run_in_executor from asyncio
const { ProcessPoolExecutor } = require("concurrent.futures");

function power(base, exp) {
  return base ** exp;
}

function slow_square(x) {
  time.sleep(0.05);
  return x * x;
}

async function main(pool) {
  const loop = asyncio.get_running_loop();
  const res = await asyncio.gather(...[0, 1, 2, 3].map((i) => loop.run_in_executor(pool, slow_square, i)));
  print("run_in_executor", res);
}

await new ProcessPoolExecutor({ max_workers: 2 }).with(async (pool) => {
  print("map", [...pool.map(power, [2, 3, 4], [10, 3, 2])]);
  print("submit", pool.submit(power, 7, 2).result());
  await asyncio.run(main(pool));
});
print("done");
