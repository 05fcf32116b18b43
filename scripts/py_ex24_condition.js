const cond = new asyncio.Condition();

async function with_form(name) {
  // ... later
  await cond.with(async () => {
    print(name, "waits");
    await cond.wait();
    print(name, "woke");
  });
}

async function manual_form(name) {
  // ... later
  await cond.acquire();
  try {
    print(name, "waits");
    await cond.wait();
    print(name, "woke");
  } finally {
    cond.release();
  }
}

async function main() {
  const tasks = [asyncio.create_task(with_form("a")), asyncio.create_task(manual_form("b")),
    asyncio.create_task(with_form("c"))];
  await asyncio.sleep(0.1);
  await cond.with(async () => {
    cond.notify(1);
  });
  await asyncio.sleep(0.1);
  await cond.with(async () => {
    cond.notify_all();
  });
  await asyncio.gather(...tasks);
  try {
    cond.notify();
  } catch (e) {
    if (!(e instanceof asyncio.RuntimeError)) throw e;
    print("RuntimeError:", e.message);
  }
}

await asyncio.run(main());
