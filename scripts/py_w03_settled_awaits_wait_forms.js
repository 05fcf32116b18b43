// Tasks made by create_task in a task, wait(FIRST_COMPLETED), wait_for, gather with return_exceptions and
// cancels, over coroutines that first await settled helpers: each runs where Python starts its task.
async function lookup(k) {
  return k * 2;
}

async function quick(name) {
  let v = await lookup(1);
  print("quick", name, v);
  v = await lookup(v);
  print("quick", name, "again", v);
  return name;
}

async function slow(name, d) {
  const v = await lookup(3);
  print("slow", name, "start", v);
  await asyncio.sleep(d);
  print("slow", name, "end");
  return name;
}

async function boom(name) {
  await lookup(0);
  print("boom", name, "raising");
  throw new asyncio.RuntimeError(`${name} failed`);
}

async function spawner() {
  const loop = asyncio.get_running_loop();
  loop.call_soon(print, "spawner callback");
  const ts = [0, 1, 2].map((i) => asyncio.create_task(quick(`s${i}`)));
  print("spawner made tasks");
  await asyncio.sleep(0);
  print("spawner after sleep0");
  return ts.map((t) => t.result());
}

const pylist = (xs) => "[" + xs.map((x) => `'${x}'`).join(", ") + "]";

async function main() {
  print(pylist(await spawner()));
  const [done, pending] = await asyncio.wait([asyncio.create_task(quick("w1")), asyncio.create_task(slow("w2", 0.2))], { return_when: asyncio.FIRST_COMPLETED });
  print(pylist([...done].map((t) => t.result()).sort()), pending.size);
  await asyncio.gather(...pending);
  try {
    await asyncio.wait_for(slow("wf", 1), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("wait_for timed out");
  }
  const r = await asyncio.gather(quick("g1"), boom("g2"), quick("g3"), { return_exceptions: true });
  print(pylist(r.map((x) => (x instanceof Error ? x.message : String(x)))));
  const t = asyncio.create_task(slow("cx", 1));
  await asyncio.sleep(0);
  t.cancel("stop it");
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("cancelled with", `('${e.message}',)`);
  }
  const t2 = asyncio.create_task(quick("early"));
  t2.cancel("before start");
  try {
    await t2;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("t2 cancelled", `('${e.message}',)`);
  }
}

await asyncio.run(main());
