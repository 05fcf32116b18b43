// Barrier(3): the third party releases the other two, each wait() returns its index; the barrier can be
// used again; a waiter cancelled while the barrier fills leaves it; reset() and abort() make the waiters
// raise BrokenBarrierError. parties, n_waiting and broken are properties. Expected output checked against
// CPython 3.13.
const step = () => asyncio.sleep(0);
const settle = async () => {
  for (let i = 0; i < 5; i++) await step();
};
const barrier = new asyncio.Barrier(3);

async function party(name) {
  try {
    const index = await barrier.wait();
    print(`${name}: passed with index ${index}`);
  } catch (e) {
    print(`${name}: ${e.name}: ${e.message}`);
  }
}

const show = () => print(`   ${barrier} parties=${barrier.parties} n_waiting=${barrier.n_waiting} broken=${barrier.broken}`);

print("1. three parties");
let ts = [asyncio.create_task(party("a")), asyncio.create_task(party("b"))];
await settle();
show();
ts.push(asyncio.create_task(party("c")));
await asyncio.gather(...ts);
show();

print("2. again, with `with` (its body gets the index), one waiter cancelled while it fills");
const d = asyncio.create_task(party("d"));
const e = asyncio.create_task(party("e"));
await settle();
show();
d.cancel();
await settle();
show();
ts = ["f", "g"].map((name) => asyncio.create_task(barrier.with(async (i) => print(`${name}: with index ${i}`))));
await asyncio.gather(e, ...ts);
show();

print("3. reset() while two wait");
ts = [asyncio.create_task(party("h")), asyncio.create_task(party("i"))];
await settle();
await barrier.reset();
show();
await asyncio.gather(...ts);
show();

print("4. abort()");
ts = [asyncio.create_task(party("j"))];
await settle();
await barrier.abort();
await asyncio.gather(...ts);
show();
await party("k");
await barrier.reset();
show();

print("5. checks");
try {
  new asyncio.Barrier(0);
} catch (err) {
  print(`   ${err.name}: ${err.message}`);
}
print(`   BrokenBarrierError is a RuntimeError: ${new asyncio.BrokenBarrierError() instanceof asyncio.RuntimeError}`);
