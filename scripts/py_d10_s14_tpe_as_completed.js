// Seed 003 "方法三": concurrent.futures.as_completed returns futures in completion order; a failing job
const { ThreadPoolExecutor, as_completed } = require("concurrent.futures");

function a(n) {
  time.sleep(n);
  if (n === 0.1) {
    const e = new Error(`bad ${n}`);
    e.name = "ValueError";
    throw e;
  }
  return n;
}

const executor = new ThreadPoolExecutor({ max_workers: 10 });
const sp = [0.3, 0.2, 0.1, 0.05];
const jobs = sp.map((s) => executor.submit(a, s));
const order = [];
for (const future of as_completed(jobs)) {
  try {
    const data = future.result();
    print("data", data);
  } catch (e) {
    if (e.name !== "ValueError") throw e;
    print("error", e.name, e.message);
  }
  order.push(jobs.indexOf(future));
}
print(...order);
print(jobs[2].exception().message, jobs[0].exception() === null ? "None" : jobs[0].exception());
executor.shutdown({ wait: true });
