class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function user(lock, name, fail) {
  await lock.with(async () => {
    print(name, "holds lock");
    await asyncio.sleep(0.1);
    if (fail) throw new ValueError(`${name} crashed`);
    print(name, "releases normally");
  });
}
const names = (r) => "[" + r.map((x) => `'${x instanceof Error ? x.name : "NoneType"}'`).join(", ") + "]";
async function main() {
  const lock = new asyncio.Lock();
  const sem = new asyncio.Semaphore(1);
  let r = await asyncio.gather(user(lock, "a", true), user(lock, "b", false), user(lock, "c", true), { return_exceptions: true });
  print(names(r), lock.locked() ? "True" : "False");
  r = await asyncio.gather(user(sem, "d", true), user(sem, "e", false), { return_exceptions: true });
  print(names(r), sem.locked() ? "True" : "False");
  try { lock.release(); } catch (e) { print(e.name, e.message); }
  const bs = new asyncio.BoundedSemaphore(1);
  try { bs.release(); } catch (e) { print(e.name, e.message); }
}
await asyncio.run(main());
