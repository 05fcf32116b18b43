const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
function* leaf(n) {
  // plain generator, yields asyncio futures
  const fut = loop.create_future();
  loop.call_later(0.01 * n, (v) => fut.set_result(v), n * 10);
  const v = yield fut;
  print("leaf", n, "got", v);
  return v + 1;
}
function* middle(n) {
  const a = yield* leaf(n);
  const b = yield* leaf(n + 1);
  print("middle", n, a, b);
  return a + b;
}
const native = asyncio.coroutine(async function native(x) {
  await asyncio.sleep(0.01);
  print("native", x);
  return x * 2;
});
const top = asyncio.coroutine(function* top(name) {
  print(name, "start");
  const r = yield* middle(1);
  const s = yield native(r);
  const t = yield asyncio.sleep(0.01, "slept");
  print(name, "results", r, s, t);
  return [name, r, s];
});
const failing = asyncio.coroutine(function* failing() {
  yield asyncio.sleep(0.01);
  throw new ValueError("gen boom");
});
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const catcher = asyncio.coroutine(function* catcher() {
  try {
    yield failing();
  } catch (e) {
    if (e instanceof ValueError) print("caught in generator:", e.message); else throw e;
  }
  try {
    const x = yield native(null.x);
  } catch (e) {
    if (e instanceof TypeError) print("caught TypeError in generator"); else throw e;
  }
  return "catcher ok";
});
const T = (a) => `('${a[0]}', ${a[1]}, ${a[2]})`;
print(T(await loop.run_until_complete(top("A"))));
print(await loop.run_until_complete(catcher()));
print("[" + (await loop.run_until_complete(asyncio.gather(top("B"), top("C")))).map(T).join(", ") + "]");
loop.close();
