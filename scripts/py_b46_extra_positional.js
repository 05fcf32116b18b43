async function work() {
  await asyncio.sleep(0.01);
  return "w";
}
async function main() {
  const cases = [
    ["create_task(coro, 'name')", () => asyncio.create_task(work(), "name")],
    ["wait_for(aw, 1, 2)", () => asyncio.wait_for(work(), 1, 2)],
    ["sleep(0, 'r', 'extra')", () => asyncio.sleep(0, "r", "extra")],
    ["shield(aw, aw)", () => asyncio.shield(work(), work())],
    ["ensure_future(aw, 5)", () => asyncio.ensure_future(work(), 5)],
    ["Queue(1, 2)", () => new asyncio.Queue(1, 2)],
    ["Semaphore(1, 2)", () => new asyncio.Semaphore(1, 2)],
  ];
  for (const [label, make] of cases) {
    try {
      const aw = make();
      print(label, "call ok");
      if (asyncio.isfuture(aw) || (aw && typeof aw.then === "function")) await aw;
    } catch (e) {
      if (e instanceof TypeError) print(label, e.name); else throw e;
    }
  }
  await asyncio.sleep(0.05);
}
await asyncio.run(main());
