// ThreadPoolExecutor as a with-block, map returns results in order
const { ThreadPoolExecutor } = require("concurrent.futures");

function work(d) {
  time.sleep(d);
  return `slept ${d}`;
}

await new ThreadPoolExecutor({ max_workers: 3 }).with(async (ex) => {
  for (const r of ex.map(work, [0.15, 0.05, 0.1])) {
    print(r);
  }
  const squares = [...ex.map((x) => Math.pow(x, 2), [1, 2, 3])];
  print(JSON.stringify(squares) === JSON.stringify([1, 4, 9]));
});
