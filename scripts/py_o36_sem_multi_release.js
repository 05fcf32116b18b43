let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const B = (x) => (x ? "True" : "False");
async function waiter(name, sem) {
  log(name, "acquire");
  await sem.acquire();
  log(name, "acquired");
  await asyncio.sleep(0);
  log(name, "holding");
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const sem = new asyncio.Semaphore(0);
  const ts = [0, 1, 2, 3, 4, 5].map((i) => asyncio.create_task(waiter(`w${i}`, sem)));
  await asyncio.sleep(0);
  log("main", "release x2");
  sem.release(); sem.release();
  await asyncio.sleep(0);
  log("main", "release x1, then acquire myself");
  sem.release();
  log("main", "locked?", B(sem.locked()));
  await asyncio.sleep(0);
  log("main", "release x3");
  for (let k = 0; k < 3; k++) sem.release();
  await asyncio.gather(...ts);
  log("main", "end", B(sem.locked()));
}
await asyncio.run(main());
