async function sleeper() {
  await asyncio.sleep(1);
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t = asyncio.create_task(sleeper());
  await asyncio.sleep(0);
  t.cancel({msg: "task msg"});
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("task cancel(msg=):", `'${e.message}'`); else throw e;
  }
  const f = loop.create_future();
  f.cancel({msg: "future msg"});
  try {
    await f;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("future cancel(msg=):", `'${e.message}'`); else throw e;
  }
  const cond = new asyncio.Condition();
  const woken = [];
  async function w(i) {
    await cond.with(async () => {
      await cond.wait();
      woken.push(i);
    });
  }
  const ts = [0, 1, 2].map((i) => asyncio.create_task(w(i)));
  await asyncio.sleep(0.01);
  await cond.with(async () => { cond.notify({n: 2}); });
  await asyncio.sleep(0.01);
  print("notify(n=2) woke", woken.length);
  for (const x of ts) x.cancel();
  await asyncio.gather(...ts, {return_exceptions: true});
  for (const [label, make] of [["timeout(delay=)", () => asyncio.timeout({delay: 1})],
                               ["timeout_at(when=)", () => asyncio.timeout_at({when: loop.time() + 1})]]) {
    try {
      const cm = make();
      print(label, (cm.when() - loop.time()).toFixed(1));
    } catch (e) {
      print(label, "!!", e.name, e.message);
    }
  }
  const attempt = async (label, fn) => {
    try { print(label, await fn()); } catch (e) { print(label, "!!", e.name, e.message); }
  };
  await attempt("shield(arg=)", () => asyncio.shield({arg: asyncio.sleep(0.01, "s")}));
  await attempt("ensure_future(coro_or_future=)", () => asyncio.ensure_future({coro_or_future: asyncio.sleep(0.01, "e")}));
  await attempt("create_task(coro=)", () => asyncio.create_task({coro: asyncio.sleep(0.01, "c")}));
  await attempt("wait(fs=)", async () => (await asyncio.wait({fs: [asyncio.ensure_future(asyncio.sleep(0.01))]}))[0].size);
  await attempt("as_completed(fs=)", () => asyncio.as_completed({fs: [asyncio.sleep(0.01)]}).length);
}
await asyncio.run(main());
