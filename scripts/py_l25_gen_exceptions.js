class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
function* failing() {
  yield asyncio.sleep(0.1);
  throw new ValueError("inner");
}
function* level2() {
  try {
    yield* failing();
  } finally {
    print("level2 finally");
  }
}
function* level1() {
  try {
    return yield* level2();
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("level1 caught", e.message);
    const r = yield asyncio.sleep(0.1, "recovered");
    return r;
  }
}
const catcher = asyncio.coroutine(function* catcher() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  loop.call_later(0.1, (e) => f.set_exception(e), new KeyError("from future"));
  try {
    yield f;
  } catch (e) {
    if (e instanceof KeyError) print("catcher caught KeyError"); else throw e;
  }
  const v = yield* level1();
  print("catcher got", v);
  return v.toUpperCase();
});
async function main() {
  print("result", await catcher());
}
await asyncio.run(main());
