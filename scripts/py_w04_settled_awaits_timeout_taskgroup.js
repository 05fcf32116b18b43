// Held first awaits inside an entered timeout and a TaskGroup body, with tasks created between settled
// awaits; task names through create_task(..., {name}).
async function get(x) {
  return x;
}

async function sub(name) {
  const v = await get(name);
  print("sub", v);
  await asyncio.sleep(0.05);
  return v;
}

async function worker(name, limit) {
  try {
    return await asyncio.timeout(limit).with(async () => {
      const v = await get(name);
      print("worker", v, "in timeout");
      const t = asyncio.create_task(sub(name + "-sub"));
      const v2 = await get(v);
      print("worker", v2, "made sub");
      await asyncio.sleep(0.1);
      print("worker", v, "slept");
      return await t;
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("worker", name, "timed out", asyncio.current_task().get_name());
    return null;
  }
}

const pylist = (xs) => "[" + xs.map((x) => (x === null ? "None" : `'${x}'`)).join(", ") + "]";

async function main() {
  print(pylist(await asyncio.gather(worker("A", 0.2), worker("B", 0.05))));
  async function grp(name) {
    const v = await get(name);
    let t1, t2;
    await new asyncio.TaskGroup().with(async (tg) => {
      print("grp", v, "entered");
      t1 = tg.create_task(sub(v + "1"));
      const w = await get(v);
      t2 = tg.create_task(sub(w + "2"));
    });
    return t1.result() + t2.result();
  }
  print(pylist(await asyncio.gather(grp("X"), grp("Y"))));
  const names = [];
  async function named() {
    await get(0);
    names.push(asyncio.current_task().get_name());
  }
  const ts = [0, 1, 2].map((i) => asyncio.create_task(named(), { name: `n${i}` }));
  await asyncio.wait(ts);
  print(pylist(names));
}

await asyncio.run(main());
