// Nested TaskGroups with a failing child, gather inside a group child, wait_for over a shield, nested
// timeouts and a cancelled gather parent: start, cancel and finally order as CPython's.
const p = (...a) => print(...a);
const pylist = (xs) => "[" + xs.map((x) => `'${x}'`).join(", ") + "]";

async function leaf(name, d, fail = null) {
  p("leaf", name, "start");
  try {
    await asyncio.sleep(d);
    if (fail) throw new fail(name);
    p("leaf", name, "done");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) p("leaf", name, "cancelled");
    throw e;
  } finally {
    p("leaf", name, "finally");
  }
}

const mid = asyncio.coroutine(async function (name) {
  p("mid", name, "start");
  const r = await asyncio.gather(asyncio.coroutine(leaf)(name + ".1", 0.1), asyncio.coroutine(leaf)(name + ".2", 0.2));
  p("mid", name, "got", pylist(r));
  return r;
});

const outer = asyncio.coroutine(async function () {
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(mid("m1"));
      tg.create_task(asyncio.coroutine(leaf)("l2", 0.15, asyncio.ValueError));
      await new asyncio.TaskGroup().with(async (inner) => {
        inner.create_task(asyncio.coroutine(leaf)("i1", 0.05));
        inner.create_task(asyncio.coroutine(leaf)("i2", 0.3));
      });
      p("inner group done");
    });
  } catch (eg) {
    const vs = eg.errors.filter((e) => e instanceof asyncio.ValueError);
    if (vs.length) p("outer caught", pylist(vs.map((e) => e.message)));
    else p("outer cancelled?");
  }
});

const shielded = asyncio.coroutine(async function () {
  const inner = asyncio.create_task(asyncio.coroutine(leaf)("sh", 0.2));
  try {
    await asyncio.wait_for(asyncio.shield(inner), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    p("shield timeout; inner cancelled:", inner.cancelled() ? "True" : "False", "done:", inner.done() ? "True" : "False");
  }
  p("inner result", await inner);
});

const nested_timeouts = asyncio.coroutine(async function () {
  try {
    await asyncio.timeout(0.3).with(async () => {
      try {
        await asyncio.timeout(0.1).with(async () => {
          await asyncio.coroutine(leaf)("nt", 1);
        });
      } catch (e) {
        if (!(e instanceof asyncio.TimeoutError)) throw e;
        p("inner timeout");
      }
      await asyncio.coroutine(leaf)("nt2", 1);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    p("outer timeout");
  }
});

async function main() {
  await outer();
  await shielded();
  await nested_timeouts();
  const t = asyncio.create_task(mid("cm"));
  await asyncio.sleep(0.15);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    p("mid cm cancelled", t.cancelled() ? "True" : "False");
  }
}

await asyncio.run(main());
