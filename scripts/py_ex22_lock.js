// booleans via py()
const py = (b) => (b ? 'True' : 'False');
const lock = new asyncio.Lock();
const shared = [];

async function with_form(name) {
  // ... later
  await lock.with(async () => {
    // access shared state
    shared.push(name + ":in");
    await asyncio.sleep(0.1);
    shared.push(name + ":out");
  });
}

async function manual_form(name) {
  // ... later
  await lock.acquire();
  try {
    // access shared state
    shared.push(name + ":in");
    await asyncio.sleep(0.1);
    shared.push(name + ":out");
  } finally {
    lock.release();
  }
}

async function main() {
  print("locked before:", py(lock.locked()));
  await asyncio.gather(with_form("a"), manual_form("b"), with_form("c"), manual_form("d"));
  print(shared.join(" "));
  print("locked after:", py(lock.locked()));
  try {
    lock.release();
  } catch (e) {
    if (!(e instanceof asyncio.RuntimeError)) throw e;
    print("RuntimeError:", e.message);
  }
}

await asyncio.run(main());
