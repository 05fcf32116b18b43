// manual acquire/release of a BoundedSemaphore, locked(), over-release ValueError, FIFO waiters
async function user(sem, name, hold, log) {
  await sem.acquire();
  try {
    log.push(`${name}+`);
    await asyncio.sleep(hold);
  } finally {
    log.push(`${name}-`);
    sem.release();
  }
}

async function main() {
  const sem = new asyncio.BoundedSemaphore(2);
  const log = [];
  const tasks = [["a", 0.2], ["b", 0.1], ["c", 0.1], ["d", 0.05], ["e", 0.01]].map(([n, h]) => asyncio.create_task(user(sem, n, h, log)));
  await asyncio.sleep(0);
  print("locked after start", sem.locked());
  await asyncio.gather(...tasks);
  print(log.join(" "));
  print("locked at end", sem.locked());
  try {
    sem.release();
  } catch (e) {
    if (e.name !== "ValueError") throw e;
    print("ValueError:", e.message);
  }
}

await asyncio.run(main());
