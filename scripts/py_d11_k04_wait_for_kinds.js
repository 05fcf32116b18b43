const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const quick = asyncio.coroutine(async function quick(v) {
  print("quick runs", v);
  return v;
});
const slow = asyncio.coroutine(async function slow(v, d = 0.2) {
  try {
    print("slow starts", v);
    await asyncio.sleep(d);
    return v;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("slow", v, "cancelled", R(e.message));
    throw e;
  }
});
const stubborn = asyncio.coroutine(async function stubborn(v) {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("stubborn swallows");
    return "swallowed-" + v;
  }
});
const sl = asyncio.coroutine(async function sl(d, v) { return await asyncio.sleep(d, v); });
async function attempt(label, aw, tmo) {
  try {
    const r = await asyncio.wait_for(aw, tmo);
    print(label, "->", r);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print(label, "-> TimeoutError", e.cause ? e.cause.constructor.name : "NoneType");
    else if (e instanceof asyncio.CancelledError) print(label, "-> CancelledError", R(e.message));
    else throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  await attempt("coro t=0", quick(1), 0);
  await attempt("coro t=-1", quick(2), -1);
  await attempt("coro t=None", quick(3), null);
  await attempt("coro t=0.001", slow(4), 0.001);
  let t = asyncio.create_task(slow(5));
  await attempt("pending task t=0", t, 0);
  print("task5 cancelled", B(t.cancelled()), "done", B(t.done()));
  t = asyncio.create_task(quick(6));
  await asyncio.sleep(0);
  await attempt("done task t=0", t, 0);
  let f = loop.create_future();
  f.set_result("fres");
  await attempt("done future t=0", f, 0);
  f = loop.create_future();
  loop.call_later(0.05, () => f.done() || f.set_result("late"));
  await attempt("pending future t=0.01", f, 0.01);
  print("future cancelled", B(f.cancelled()));
  const f2 = loop.create_future();
  loop.call_later(0.05, (v) => f2.set_result(v), "in time");
  await attempt("pending future t=None", f2, null);
  await attempt("stubborn t=0.05", stubborn("a"), 0.05);
  t = asyncio.create_task(stubborn("b"));
  await asyncio.sleep(0);
  await attempt("stubborn task t=0", t, 0);
  print("stubborn task cancelled", B(t.cancelled()), "result", t.result());
  await attempt("sleep result t=0.3", asyncio.sleep(0.1, "slept"), 0.3);
  await attempt("sleep result t=0.1 same", sl(0.1, "slept"), 0.1);
}
await asyncio.run(main());
