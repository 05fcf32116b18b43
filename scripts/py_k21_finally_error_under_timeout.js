class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
class OSError extends Error { constructor(m) { super(m); this.name = "OSError"; } }
class RuntimeError_ extends Error { constructor(m) { super(m); this.name = "RuntimeError"; } }
async function a() {
  try { throw new ValueError("original"); } finally { await asyncio.sleep(1); }
}
async function b() {
  try { await asyncio.sleep(1); } finally { throw new KeyError("cleanup failed"); }
}
async function c() {
  try { await asyncio.sleep(1); } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    await asyncio.sleep(0.01);
    throw new RuntimeError_("replaced");
  }
}
async function run(tag, f, how) {
  try {
    if (how === "cm") {
      await asyncio.timeout(0.1).with(async () => { await f(); });
    } else if (how === "wf") {
      await asyncio.wait_for(f(), 0.1);
    } else {
      await new asyncio.TaskGroup().with(async (tg) => {
        tg.create_task(f());
        async function fail() { await asyncio.sleep(0.1); throw new OSError("sibling"); }
        tg.create_task(fail());
      });
    }
    print(tag, how, "no error");
  } catch (e) {
    const errs = e instanceof AggregateError ? e.errors : [e];
    for (const x of errs) print(tag, how, x.name, x.message, "cancelling", asyncio.current_task().cancelling());
  }
}
async function main() {
  for (const [f, tag] of [[a, "a"], [b, "b"], [c, "c"]]) for (const how of ["cm", "wf", "tg"]) await run(tag, f, how);
}
await asyncio.run(main());
