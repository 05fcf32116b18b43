// Tasks whose coroutines first await helpers that return without suspending: each task's step runs on
// through them (a, a, b, b), after the callbacks queued before it; a task cancelled before it started never
// runs; a call that woke another task first keeps going before that task runs.
const cache = { 1: "one", 2: "two" };

async function lookup(k) {
  return cache[k];
}

async function bad() {
  throw new asyncio.ValueError("boom");
}

async function worker(name) {
  const a = await lookup(1);
  print(name, "got", a);
  const b = await lookup(2);
  print(name, "got", b);
  await asyncio.sleep(0.1);
  print(name, "done");
  return name;
}

async function nested(name) {
  const x = await twoLookups();
  print(name, "nested", x);
  return x;
}

async function twoLookups() {
  const a = await lookup(1);
  const b = await lookup(2);
  return a + "+" + b;
}

async function failing(name) {
  try {
    await bad();
  } catch (e) {
    if (!(e instanceof asyncio.ValueError)) throw e;
    print(name, "caught", e.message);
  }
  await lookup(1);
  print(name, "after");
}

async function waiter(ev) {
  await ev.wait();
  print("waiter woke");
}

async function setter(ev) {
  ev.set();
  const v = await lookup(2);
  print("setter goes on with", v);
}

async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_soon(print, "callback");
  const r = await asyncio.gather(worker("A"), worker("B"));
  print(r.join(","));
  const t1 = asyncio.create_task(worker("C"));
  const t2 = asyncio.create_task(failing("D"));
  print("made");
  const t3 = asyncio.create_task(worker("E"));
  t3.cancel();
  await asyncio.sleep(0);
  print("main resumed");
  print(await t1, String(await t2).replace("undefined", "None"));
  try {
    await t3;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("E cancelled", t3.cancelled() ? "True" : "False");
  }
  print("direct", await lookup(2));
  const ns = await asyncio.gather(nested("N1"), nested("N2"));
  print("[" + ns.map((x) => `'${x}'`).join(", ") + "]");
  const ev = new asyncio.Event();
  const w = asyncio.create_task(waiter(ev));
  await asyncio.sleep(0);
  const s = asyncio.create_task(setter(ev));
  await asyncio.gather(w, s);
  await new asyncio.TaskGroup().with(async (tg) => {
    tg.create_task(worker("F"));
    tg.create_task(worker("G"));
  });
  print("group done");
}

await asyncio.run(main());
