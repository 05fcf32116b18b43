const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.04) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)
const pylist = (xs) => "[" + xs.map(x => Array.isArray(x) ? pylist(x) : `'${x}'`).join(", ") + "]";
const pybool = (b) => b ? "True" : "False";

class JobBoard {
  constructor() {
    this.cond = new asyncio.Condition();
    this.jobs = [];
  }
  async post(job) {
    await this.cond.with(async () => {
      this.jobs.push(job);
      this.cond.notify(1);
    });
  }
  async take(who) {
    return await this.cond.with(async () => {
      try {
        while (this.jobs.length === 0) await this.cond.wait();
      } catch (e) {
        if (e instanceof asyncio.CancelledError) print(el(), who, "cancelled while waiting; holds lock again:", pybool(this.cond.locked()));
        throw e;
      }
      return this.jobs.shift();
    });
  }
}

async function employee(board, who) {
  const done = [];
  try {
    while (true) {
      const job = await board.take(who);
      print(el(), who, "took", job);
      await asyncio.sleep(0.1);
      done.push(job);
    }
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), who, "went home after", pylist(done));
    return done;
  }
}

async function main() {
  const board = new JobBoard();
  const staff = ["ann", "bob", "cyd"].map(n => asyncio.create_task(employee(board, n)));
  await asyncio.sleep(0.01);
  for (const j of ["j1", "j2"]) await board.post(j);
  await asyncio.sleep(0.05);
  await board.post("j3");
  await asyncio.sleep(0.12);
  await board.post("j4");
  await asyncio.sleep(0.02);
  for (const s of staff) s.cancel();
  const done = await asyncio.gather(...staff);
  print(el(), "all done:", pylist(done), "lock free:", pybool(!board.cond.locked()));
}

await asyncio.run(main());
