// Cancelling a task that waits on a Semaphore, before and after it is handed a slot: a cancelled acquire
// never keeps a slot, and one cancelled after it was woken gives its slot to the next waiter. Then
// BoundedSemaphore's bound and the constructor's checks. Expected output checked against CPython 3.13
// (the TypeError's message is asyncrun's: it names the function and the argument).
const step = () => asyncio.sleep(0);
const sem = new asyncio.Semaphore(2);
const holding = [];

async function worker(name) {
  try {
    await sem.acquire();
  } catch (e) {
    print(`${name}: ${e.name}, ${sem}`);
    return;
  }
  holding.push(name);
  print(`${name}: acquired, ${sem}`);
}

await sem.acquire();
await sem.acquire();
const [a, b, c, d] = ["a", "b", "c", "d"].map((n) => asyncio.create_task(worker(n)));
await step();
print(`all four wait: ${sem}, locked()=${sem.locked()}`);

print("1. b cancelled while waiting");
b.cancel();
await step();
print(`   ${sem}`);

print("2. two releases wake a and c; a is cancelled before it resumes");
sem.release();
sem.release();
a.cancel();
print(`   ${sem}`);
await step();
await step();
print(`   ${sem}, holding: ${holding}`);

print("3. releasing the slots");
for (const name of holding.splice(0)) {
  sem.release();
  print(`   ${name} released: ${sem}`);
  await step();
}
await asyncio.gather(a, b, c, d, { return_exceptions: true });
print(`   ${sem}, locked()=${sem.locked()}`);

print("4. BoundedSemaphore");
const bs = new asyncio.BoundedSemaphore(1);
await bs.with(async () => print(`   inside: ${bs}`));
try {
  bs.release();
} catch (e) {
  print(`   ${e.name}: ${e.message}`);
}
print(`   ${bs}, a Semaphore: ${bs instanceof asyncio.Semaphore}`);

print("5. constructor checks");
for (const args of [[-1], ["2"]]) {
  try {
    new asyncio.Semaphore(...args);
  } catch (e) {
    print(`   ${e.name}: ${e.message}`);
  }
}
