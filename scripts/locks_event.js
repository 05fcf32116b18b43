// Event: every waiter wakes when set() is called, in the order they came; waiting on a set event returns
// at once, letting no other task run; a waiter cancelled before or just after set() raises
// CancelledError and the others are not affected. Expected output checked against CPython 3.13.
const step = () => asyncio.sleep(0);
const ev = new asyncio.Event();

async function waiter(name) {
  try {
    print(`${name}: wait() returned ${await ev.wait()}`);
  } catch (e) {
    print(`${name}: ${e.name}, ${ev}`);
  }
}

const [a, b, c, d] = ["a", "b", "c", "d"].map((n) => asyncio.create_task(waiter(n)));
await step();
print(`${ev}, is_set()=${ev.is_set()}`);
b.cancel();
await step();
print(`b cancelled while waiting: ${ev}`);
ev.set();
d.cancel();
print(`set(), then d cancelled before it resumed: ${ev}`);
await asyncio.gather(a, b, c, d);
print(`${ev}`);

const other = asyncio.create_task((async () => {
  await step();
  print("other task runs");
})());
print(`wait() on a set event: ${await ev.wait()}, before the other task runs`);
await other;
ev.clear();
print(`clear(): ${ev}, is_set()=${ev.is_set()}`);
const e = asyncio.create_task(waiter("e"));
await step();
ev.set();
await e;
