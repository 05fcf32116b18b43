// Tasks and cancellation (SPEC §6): the Python twin of this script prints the same lines.
// Cancelling a task reaches the await it is suspended on; its finally runs; awaiting it raises
// CancelledError. A task awaiting another task passes the cancellation on, unless shielded.
// wait_for raises TimeoutError only after the inner work has unwound; gather can return errors in place;
// a failing TaskGroup child cancels its siblings and the group raises an AggregateError.

async function worker() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("worker caught CancelledError; current task is", asyncio.current_task().get_name());
    }
    throw e;
  } finally {
    print("worker finally");
  }
}

async function inner(tag) {
  try {
    await asyncio.sleep(5);
  } finally {
    print(tag, "inner finally");
  }
}

async function outer(t) { await t; }
async function shielded(t) { await asyncio.shield(t); }

async function slow() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("slow finally");
  }
}

async function boom() { throw new asyncio.ValueError("boom"); }
async function ok() { await asyncio.sleep(0.1); return 7; }
async function fail() { await asyncio.sleep(0.1); throw new asyncio.ValueError("child failed"); }
async function sibling() {
  try {
    await asyncio.sleep(5);
  } finally {
    print("sibling finally");
  }
}

async function main() {
  const t = asyncio.create_task(worker(), { name: "worker" });
  await asyncio.sleep(0.1);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main: awaiting the worker raised CancelledError");
  }
  print("cancelled:", t.cancelled());

  const it = asyncio.create_task(inner("awaited"));
  const ot = asyncio.create_task(outer(it));
  await asyncio.sleep(0.1);
  ot.cancel();
  for (let i = 0; i < 3; i++) await asyncio.sleep(0);
  print("inner cancelled:", it.cancelled(), "outer cancelled:", ot.cancelled());

  const it2 = asyncio.create_task(inner("shielded"));
  const ot2 = asyncio.create_task(shielded(it2));
  await asyncio.sleep(0.1);
  ot2.cancel();
  for (let i = 0; i < 3; i++) await asyncio.sleep(0);
  print("shielded inner cancelled:", it2.cancelled(), "outer cancelled:", ot2.cancelled());
  it2.cancel();
  await asyncio.sleep(0);

  try {
    await asyncio.wait_for(slow(), 0.1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("wait_for raised TimeoutError");
  }

  const res = await asyncio.gather(ok(), boom(), { return_exceptions: true });
  print(res[0], res[1].name, res[1].message);

  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(fail());
      tg.create_task(sibling());
      await asyncio.sleep(10);
      print("not reached");
    });
  } catch (e) {
    if (e instanceof AggregateError) print("TaskGroup raised", e.errors.length, "error:", e.errors[0].message);
  }
}

await asyncio.run(main());
