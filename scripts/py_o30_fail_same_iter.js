let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
class Boom extends Error { constructor(m) { super(m); this.name = "Boom"; } }
async function w(name, n, fail = false) {
  try {
    for (let i = 0; i < n; i++) await asyncio.sleep(0);
    if (fail) {
      log(name, "raising");
      throw new Boom(name);
    }
    log(name, "finish");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log(name, "cancelled");
    throw e;
  }
}
const PL = (a) => "[" + a.map((x) => (typeof x === "string" ? "'" + x + "'" : x ? "True" : "False")).join(", ") + "]";
async function main() {
  t0 = asyncio.get_running_loop().time();
  const ts = [asyncio.create_task(w("a", 1)), asyncio.create_task(w("b", 1, true)), asyncio.create_task(w("c", 1, true)),
    asyncio.create_task(w("d", 1)), asyncio.create_task(w("e", 3))];
  try {
    await asyncio.gather(...ts);
  } catch (e) {
    if (!(e instanceof Boom)) throw e;
    log("main", "gather raised", e.message);
  }
  log("main", "states", PL(ts.map((t) => t.done())));
  await asyncio.sleep(0);
  for (const t of ts.slice(1, 3)) t.exception();
  const ts2 = [asyncio.create_task(w("p", 2)), asyncio.create_task(w("q", 1, true)), asyncio.create_task(w("r", 1, true)),
    asyncio.create_task(w("s", 1)), asyncio.create_task(w("u", 4))];
  const [done, pending] = await asyncio.wait(ts2, { return_when: asyncio.FIRST_EXCEPTION });
  log("main", "wait", PL([...done].map((t) => t.get_name()).sort()), pending.size);
  const r = await asyncio.gather(...ts2, { return_exceptions: true });
  log("main", PL(r.map((x) => (typeof x === "string" ? x : x.name + ":" + x.message))));
}
await asyncio.run(main());
