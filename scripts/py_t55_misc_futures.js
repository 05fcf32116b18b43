class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  print("ensure_future same", asyncio.ensure_future(f) === f);
  print("isfuture", asyncio.isfuture(f), asyncio.isfuture(1));
  const t = asyncio.create_task(asyncio.sleep(0));
  print("ensure_future task same", asyncio.ensure_future(t) === t);
  await t;
  print("sleep negative ->", await asyncio.sleep(-1, "neg"));
  const h = loop.call_later(0.1, print, "fired");
  await asyncio.sleep(0.2);
  h.cancel();
  print("cancel after fire", h.cancelled());
  const fut = loop.create_future();
  loop.call_later(0.1, (e) => fut.set_exception(e), new KeyError("late"));
  try {
    await asyncio.shield(fut);
  } catch (e) {
    if (e instanceof KeyError) print("shield passes exception", e.name); else throw e;
  }
  const [done, pending] = await asyncio.wait([fut], { return_when: asyncio.FIRST_EXCEPTION });
  print("wait on failed future", done.size, pending.size);
  print("cancel done task", t.cancel(), "cancel done future", fut.cancel());
}
await asyncio.run(main());
