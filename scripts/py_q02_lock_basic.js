// Lock basics: locked(), acquire() result, release() of an unlocked lock, `async with` result and
// release on error, acquire order across `async with` blocks.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : v);

async function main() {
  const lock = new asyncio.Lock();
  print("locked:", py(lock.locked()));
  print("acquire:", py(await lock.acquire()));
  print("locked:", py(lock.locked()));
  lock.release();
  try {
    lock.release();
  } catch (e) {
    print(`${e.name}:`, e.message);
  }
  await lock.with(async () => {
    print("inside, locked:", py(lock.locked()));
  });
  print("after, locked:", py(lock.locked()));
  try {
    await lock.with(async () => {
      throw new ValueError("boom");
    });
  } catch (e) {
    print(`${e.name}:`, e.message, "locked:", py(lock.locked()));
  }
  const order = [];
  async function worker(i) {
    await lock.with(async () => {
      order.push(i);
      await asyncio.sleep(0.01 * (3 - i));
      order.push(-i);
    });
  }
  await asyncio.gather(...[0, 1, 2, 3].map((i) => worker(i)));
  print(order.join(" "));
}

class ValueError extends Error {
  constructor(m) { super(m); this.name = "ValueError"; }
}
await asyncio.run(main());
