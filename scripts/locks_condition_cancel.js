// Cancelling a task in Condition.wait() at every moment: before it is notified, just after (before it
// resumed), and while it re-acquires the lock. wait() always re-acquires the lock before it raises, and a
// waiter that raises passes a notification on, so no notify() is lost (CPython 3.13; this can wake one
// waiter spuriously, which the condition-variable protocol allows). Expected output checked against
// CPython 3.13's asyncio.Condition.
const cond = new asyncio.Condition();
const step = () => asyncio.sleep(0);
const settle = async () => {
  for (let i = 0; i < 5; i++) await step(); // let every new task reach its wait()
};

async function waiter(name) {
  await cond.with(async () => {
    try {
      await cond.wait();
      print(`${name}: notified, holds the lock: ${cond.locked()}`);
    } catch (e) {
      print(`${name}: ${e.name}, holds the lock: ${cond.locked()}, ${cond}`);
    }
  });
}

async function round(title, body) {
  print(title);
  const tasks = ["a", "b", "c"].map((name) => asyncio.create_task(waiter(name), { name }));
  await settle();
  print(`   ${cond}`);
  await body(tasks);
  await settle();
  print(`   ${cond}`);
  await cond.with(async () => cond.notify_all());
  await asyncio.gather(...tasks);
}

await round("1. cancelled before being notified", async ([a]) => {
  a.cancel();
});

await round("2. cancelled just after notify(1), before it resumed", async ([a]) => {
  await cond.acquire();
  cond.notify(1);
  a.cancel();
  print(`   ${cond}`);
  cond.release();
});

await round("3. cancelled while it re-acquires the lock", async ([a]) => {
  await cond.acquire();
  cond.notify(1);
  await step(); // a resumes and waits for the lock main holds
  print(`   ${cond}, a is ${a.done() ? "done" : "waiting"}`);
  a.cancel();
  await step(); // a catches the cancellation and waits for the lock again
  print(`   a is ${a.done() ? "done" : "still waiting for the lock"}`);
  cond.release();
});

print("4. wait_for(predicate)");
let ready = 0;
const w = asyncio.create_task(cond.with(() => cond.wait_for(() => ready >= 2 && `ready=${ready}`)));
await settle();
for (let i = 0; i < 3; i++) {
  ready++;
  await cond.with(async () => cond.notify());
  await settle();
  print(`   ready=${ready}: ${w.done() ? `returned ${w.result()}` : "still waiting"}`);
}

print("5. errors");
for (const [what, f] of [
  ["wait() without the lock", () => cond.wait()],
  ["notify() without the lock", () => cond.notify()],
  ["notify_all() without the lock", () => cond.notify_all()],
]) {
  try {
    await f();
  } catch (e) {
    print(`   ${what}: ${e.name}: ${e.message}`);
  }
}
