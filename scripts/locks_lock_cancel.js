// Cancelling a task that waits on a Lock, at every moment it can happen, leaves the lock consistent: a
// cancelled acquire never ends up holding the lock, and a waiter cancelled after the lock was handed to it
// passes it on to the next in line. Each step is a turn of the loop (sleep(0)), as CPython's own tests
// step the scheduler. Expected output checked against CPython 3.13's asyncio.Lock.
const lock = new asyncio.Lock();
const step = () => asyncio.sleep(0);

async function waiter(name) {
  try {
    await lock.acquire();
  } catch (e) {
    print(`${name}: ${e.name}, lock is ${lock}`);
    return;
  }
  print(`${name}: acquired, lock is ${lock}`);
  lock.release();
}

print("1. cancelled while waiting, before any release");
await lock.acquire();
let a = asyncio.create_task(waiter("a"));
let b = asyncio.create_task(waiter("b"));
await step();
print(`   ${lock}`);
a.cancel();
await step();
print(`   ${lock}`);
lock.release();
await step();
await step();
print(`   ${lock}`);

print("2. cancelled in the same step as the release, before it");
await lock.acquire();
a = asyncio.create_task(waiter("a"));
b = asyncio.create_task(waiter("b"));
await step();
a.cancel();
lock.release();
print(`   ${lock}`);
await step();
await step();
print(`   ${lock}`);

print("3. cancelled just after being woken, before it resumed");
await lock.acquire();
a = asyncio.create_task(waiter("a"));
b = asyncio.create_task(waiter("b"));
await step();
lock.release();
a.cancel();
print(`   ${lock}, a.cancelled()=${a.cancelled()}`);
await step();
print(`   ${lock}`);
await step();
await step();
print(`   ${lock}`);

print("4. a free lock while every waiter is cancelled: taken at once");
await lock.acquire();
a = asyncio.create_task(waiter("a"));
await step();
a.cancel();
lock.release();
print(`   ${lock}, locked()=${lock.locked()}`);
await lock.acquire();
print(`   main took it: ${lock}`);
await step();
lock.release();
print(`   ${lock}`);

print("5. cancelled inside `with`: the body's finally runs and the lock is released");
async function user(name) {
  try {
    await lock.with(async () => {
      await step();
      print(`${name}: in the body, lock is ${lock}`);
      await asyncio.sleep(10);
    });
  } catch (e) {
    print(`${name}: ${e.name}, lock is ${lock}`);
  }
}
a = asyncio.create_task(user("a"));
b = asyncio.create_task(user("b"));
await step();
await step();
a.cancel();
await step();
await step();
await step();
b.cancel();
await step();
print(`   ${lock}, locked()=${lock.locked()}`);
