const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const args = (e) => (e.message === "" || e.message === undefined ? "()" : `('${e.message}',)`);
async function waiter(fut) {
  try {
    await fut;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("waiter got CancelledError args", args(e));
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  print("cancel ->", P(f.cancel("because")));
  try {
    f.result();
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("result() raises CancelledError args", args(e)); else throw e;
  }
  try {
    f.exception();
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("exception() raises CancelledError args", args(e)); else throw e;
  }
  const g = loop.create_future();
  const t = asyncio.create_task(waiter(g));
  await asyncio.sleep(0);
  g.cancel("msg-g");
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("task ended cancelled", P(t.cancelled()), args(e)); else throw e;
  }
  const h = loop.create_future();
  h.cancel();
  try {
    await h;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("await cancelled future, args", args(e)); else throw e;
  }
}
await asyncio.run(main());
