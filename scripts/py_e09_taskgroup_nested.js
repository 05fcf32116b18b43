class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
async function bad(d, exc) { await asyncio.sleep(d); throw exc; }
async function inner_group() {
  await new asyncio.TaskGroup().with(async (tg) => {
    tg.create_task(bad(0.1, new ValueError("inner-a")));
    tg.create_task(bad(0.1, new KeyError("inner-b")));
  });
}
function show(eg, depth = 0) {
  print("  ".repeat(depth) + "ExceptionGroup", eg.errors.length);
  for (const e of eg.errors) {
    if (e instanceof AggregateError) show(e, depth + 1);
    else print("  ".repeat(depth + 1) + e.name, e.message);
  }
}
async function main() {
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(inner_group());
      tg.create_task(bad(0.05, new TypeError("outer-first")));
      tg.create_task(bad(0.2, new asyncio.RuntimeError("never")));
    });
  } catch (eg) { if (!(eg instanceof AggregateError)) throw eg; show(eg); }
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(inner_group());
      tg.create_task(bad(0.2, new TypeError("outer-late")));
    });
  } catch (eg) { if (!(eg instanceof AggregateError)) throw eg; show(eg); }
}
await asyncio.run(main());
