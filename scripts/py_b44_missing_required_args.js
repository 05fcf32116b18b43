async function main() {
  const lock = new asyncio.Lock();
  const q = new asyncio.Queue();
  const cases = [
    ["sleep()", () => asyncio.sleep()],
    ["wait_for(aw)", () => asyncio.wait_for(asyncio.sleep(0.01, "w"))],
    ["gather()", () => asyncio.gather()],
    ["wait()", () => asyncio.wait()],
    ["as_completed()", () => asyncio.as_completed()],
    ["shield()", () => asyncio.shield()],
    ["create_task()", () => asyncio.create_task()],
    ["ensure_future()", () => asyncio.ensure_future()],
    ["timeout()", () => asyncio.timeout()],
    ["timeout_at()", () => asyncio.timeout_at()],
    ["Barrier()", () => new asyncio.Barrier()],
    ["q.put_nowait()", () => q.put_nowait()],
    ["call_soon()", () => asyncio.get_running_loop().call_soon()],
    ["call_later(1)", () => asyncio.get_running_loop().call_later(1)],
  ];
  for (const [label, make] of cases) {
    try {
      const aw = make();
      print(label, "call ok");
      if (asyncio.isfuture(aw) || asyncio.iscoroutine(aw)) {
        const r = await aw;
        print(label, "->", Array.isArray(r) ? "[]" : r === undefined || r === null ? "None" : r);
      }
    } catch (e) {
      if (e instanceof TypeError) print(label, e.name); else throw e;
    }
  }
}
await asyncio.run(main());
