// wait_for(queue.get(), t) when the item there goes to a getter woken before: the wait_for task gets
// when it starts, finds the queue empty, parks, and the timeout cancels it (it used to hang).
const q = new asyncio.Queue();
async function a() { print("a got", await q.get()); }
async function b() {
  await asyncio.sleep(0.01);
  q.put_nowait("x");
  try {
    print("b got", await asyncio.wait_for(q.get(), 0.3));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("b timed out");
  }
}
await asyncio.gather(a(), b());
print("done");
