const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }
const py = (b) => (b ? "True" : "False");

const store = new Map();

async function save(key, value) {
  print(el(), "save start", key);
  await asyncio.sleep(0.3);
  store.set(key, value);
  print(el(), "save committed", key);
  return true;
}

async function handler(key, value) {
  try {
    await asyncio.sleep(0.1);
    const ok = await asyncio.shield(save(key, value));
    print(el(), "handler saw commit", key, py(ok));
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), "handler cancelled while saving", key);
    throw e;
  }
}

async function main() {
  const t1 = asyncio.create_task(handler("k1", 1));
  const t2 = asyncio.create_task(handler("k2", 2));
  await asyncio.sleep(0.2);
  t1.cancel();
  try {
    await t1;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), "t1 cancelled", py(t1.cancelled()));
  }
  try {
    await asyncio.wait_for(asyncio.shield(save("k3", 3)), { timeout: 0.1 });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "k3 wait timed out, store has", "[" + [...store.keys()].sort().map(k => `'${k}'`).join(", ") + "]");
  }
  await t2;
  await asyncio.sleep(0.3);
  print(el(), "store", "[" + [...store.entries()].sort().map(([k, v]) => `('${k}', ${v})`).join(", ") + "]");
}

await asyncio.run(main());
