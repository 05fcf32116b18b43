const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const coro = asyncio.coroutine(async function coro(n) {
  print("coro start", n);
  await asyncio.sleep(0.01 * n);
  print("coro end", n);
  return n;
});
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const f = loop.create_future();
print("same future:", P(asyncio.ensure_future(f) === f));
const t = asyncio.ensure_future(coro(1));
print("is task:", P(t instanceof asyncio.Task), "same task:", P(asyncio.ensure_future(t) === t));
print("task name:", t.get_name());
try {
  asyncio.ensure_future(42);
} catch (e) {
  if (e instanceof TypeError) print("TypeError"); else throw e;
}
loop.call_later(0.02, (v) => f.set_result(v), "F");
const g = asyncio.gather(t, f, coro(2), asyncio.ensure_future(coro(3)));
print("gather is future:", P(g instanceof asyncio.Future));
const PL = (a) => "[" + a.map((x) => typeof x === "string" ? `'${x}'` : String(x)).join(", ") + "]";
print("gathered:", PL(await loop.run_until_complete(g)));
const t2 = asyncio.ensure_future(coro(4));
print("t2 name", t2.get_name(), "done?", P(t2.done()));
print(await loop.run_until_complete(t2), P(t2.done()), t2.result());
loop.close();
