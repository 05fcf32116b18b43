// Cancelling get() and put() at every moment loses nothing: a getter cancelled while it waits takes no
// item; one cancelled after an item arrived for it, before it resumed, leaves the item to the next getter;
// the same holds for putters and free slots; and wait_for(q.get(), timeout) that times out takes nothing.
// Expected output checked against CPython 3.13.
const step = () => asyncio.sleep(0);
const q = new asyncio.Queue(1);

async function getter(name) {
  try {
    print(`${name}: got ${await q.get()}, ${q}`);
  } catch (e) {
    print(`${name}: ${e.name}, ${q}`);
  }
}

async function putter(name, item) {
  try {
    await q.put(item);
    print(`${name}: put ${item}, ${q}`);
  } catch (e) {
    print(`${name}: ${e.name}, ${q}`);
  }
}

print("1. a getter cancelled while it waits");
let [a, b] = [asyncio.create_task(getter("a")), asyncio.create_task(getter("b"))];
await step();
a.cancel();
await step();
q.put_nowait("x");
await asyncio.gather(a, b);

print("2. a getter cancelled after an item arrived for it, before it resumed");
[a, b] = [asyncio.create_task(getter("a")), asyncio.create_task(getter("b"))];
await step();
q.put_nowait("y");
a.cancel();
print(`   ${q}`);
await asyncio.gather(a, b);
q.task_done();
q.task_done();

print("3. a putter cancelled while the queue is full");
q.put_nowait("z");
let [c, d] = [asyncio.create_task(putter("c", "c1")), asyncio.create_task(putter("d", "d1"))];
await step();
c.cancel();
await step();
print(`   got ${q.get_nowait()}, ${q}`);
await asyncio.gather(c, d);

print("4. a putter cancelled after a slot freed up for it, before it resumed");
[c, d] = [asyncio.create_task(putter("c", "c2")), asyncio.create_task(putter("d", "d2"))];
await step();
print(`   got ${q.get_nowait()}, ${q}`);
c.cancel();
await asyncio.gather(c, d);
print(`   got ${q.get_nowait()}, ${q}`);

print("5. wait_for(q.get(), 0.5) times out and takes nothing");
try {
  await asyncio.wait_for(q.get(), 0.5);
} catch (e) {
  print(`   ${e.name}, ${q}`);
}
q.put_nowait("w");
print(`   ${q}, get_nowait() -> ${q.get_nowait()}`);
for (let i = 0; i < 4; i++) q.task_done();
print(`   ${q}`);
